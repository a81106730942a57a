package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.network.entity.ApprovalResult;
import cn.fuwukuaiche.network.entity.ApprovalState;
import cn.fuwukuaiche.network.entity.TaskAnswer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The rules of 同步审批 and 限时办结, in plain Java.
 *
 * <ul>
 *   <li>A task's deadline day still belongs to the window; from the next day on, an unanswered task is
 *       deemed to agree (视为同意) when the setting is on — computed on every read, so the board is right
 *       even before the system has recorded it.</li>
 *   <li>需补正材料 stops the clock: no light and no deemed agreement until the lead window records that the
 *       materials were supplied, which restarts the window's full review period.</li>
 *   <li>The project can be finished once every department's part is settled (answered or deemed); any
 *       不同意 makes the overall result 不予批准.</li>
 * </ul>
 */
public final class ApprovalRules {

    /** The lead window's steps: 受理, 告知相关部门, 限时办结. */
    public enum LeadStep { ACCEPT, NOTIFY, FINISH }

    private ApprovalRules() {
    }

    /** The lead window's next step on a project in {@code state}; none once it is finished. */
    public static Optional<LeadStep> leadStep(ApprovalState state) {
        return switch (state) {
            case REGISTERED -> Optional.of(LeadStep.ACCEPT);
            case ACCEPTED -> Optional.of(LeadStep.NOTIFY);
            case IN_REVIEW -> Optional.of(LeadStep.FINISH);
            case FINISHED -> Optional.empty();
        };
    }

    /** Departments answer (and the lead window records supplied materials) only while the project is in review. */
    public static boolean answerable(ApprovalState state) {
        return state == ApprovalState.IN_REVIEW;
    }

    /**
     * The answer that counts today: the recorded one, or {@link TaskAnswer#DEEMED_AGREE} for an unanswered
     * task past its deadline when deemed agreement is on; empty while the window still has time (or, with
     * the setting off, for as long as it does not answer).
     */
    public static Optional<TaskAnswer> effectiveAnswer(TaskAnswer recorded, LocalDate deadline, LocalDate today, boolean deemedAgree) {
        if (recorded != null) {
            return Optional.of(recorded);
        }
        if (deemedAgree && today.isAfter(deadline)) {
            return Optional.of(TaskAnswer.DEEMED_AGREE);
        }
        return Optional.empty();
    }

    /** Whether the system should now record the task as deemed to agree. */
    public static boolean dueForDeemedAgreement(TaskAnswer recorded, LocalDate deadline, LocalDate today, boolean deemedAgree) {
        return recorded == null && deemedAgree && today.isAfter(deadline);
    }

    /** The light of a task: only while the window owes an answer; empty once settled, paused or unknown. */
    public static Optional<DeadlineLight> taskLight(TaskAnswer recorded, LocalDate deadline, LocalDate today, boolean deemedAgree,
                                                    int yellowWithinWorkingDays, WorkCalendar calendar) {
        if (effectiveAnswer(recorded, deadline, today, deemedAgree).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeadlineLight.of(today, deadline, yellowWithinWorkingDays, calendar));
        } catch (UnknownYearException e) {
            return Optional.empty();
        }
    }

    /** The overall result once every part is settled (effective answers, final ones); empty while any is open. */
    public static Optional<ApprovalResult> overall(Collection<Optional<TaskAnswer>> effectiveAnswers) {
        if (effectiveAnswers.isEmpty()) {
            return Optional.empty();
        }
        boolean rejected = false;
        for (Optional<TaskAnswer> a : effectiveAnswers) {
            if (a.isEmpty() || !a.get().isFinal()) {
                return Optional.empty();
            }
            rejected |= a.get() == TaskAnswer.REJECT;
        }
        return Optional.of(rejected ? ApprovalResult.REJECTED : ApprovalResult.APPROVED);
    }

    /** A window's review period must end by the project's own deadline (限时办结). */
    public static boolean fitsProjectDeadline(LocalDate taskDeadline, LocalDate projectDeadline) {
        return projectDeadline == null || !taskDeadline.isAfter(projectDeadline);
    }
}
