package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.evaluation.entity.AppealStatus;
import cn.fuwukuaiche.evaluation.entity.RectificationStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * The 差评 closed loop's deadlines and lights (plain Java). A bad rating made on day D must be called back by
 * the first working day after D (1 working day) and fixed by the {@code fixDays}-th working day after D; both
 * count only days the calendar says are worked, so a rating on the eve of 国庆 is due after the holiday and a
 * 调休 Saturday counts.
 */
public final class RectificationRules {

    /** The fix deadlines localities use; the setting must be one of them. */
    public static final List<Integer> FIX_DAY_CHOICES = List.of(5, 10, 15);
    public static final int CALLBACK_WORKING_DAYS = 1;

    public record Deadlines(LocalDate callbackDue, LocalDate fixDue) {
    }

    private RectificationRules() {
    }

    /** @throws cn.fuwukuaiche.calendar.UnknownYearException if a year on the way is not entered */
    public static Deadlines deadlines(LocalDate ratedOn, int fixDays, WorkCalendar cal) {
        if (!FIX_DAY_CHOICES.contains(fixDays)) {
            throw new IllegalArgumentException("整改期限只能是 5、10 或 15 个工作日：" + fixDays);
        }
        return new Deadlines(cal.plusWorkingDays(ratedOn, CALLBACK_WORKING_DAYS), cal.plusWorkingDays(ratedOn, fixDays));
    }

    /**
     * The light of an open rectification; null when it is done (FIXED, VOIDED) or a deadline is not known.
     * While waiting for the call-back, the worse of the call-back light (yellow only on its due day) and the fix
     * light; while fixing, the fix light (yellow within {@code yellowDays} working days of the deadline).
     */
    public static DeadlineLight light(RectificationStatus status, LocalDate callbackDue, LocalDate fixDue, LocalDate today,
                                      int yellowDays, WorkCalendar cal) {
        if (!status.isOpen() || fixDue == null || callbackDue == null) {
            return null;
        }
        DeadlineLight fix = DeadlineLight.of(today, fixDue, yellowDays, cal);
        if (status == RectificationStatus.FIXING) {
            return fix;
        }
        DeadlineLight callback = DeadlineLight.of(today, callbackDue, 0, cal);
        return callback.ordinal() > fix.ordinal() ? callback : fix;
    }

    /** What a window's staff can record on a rectification. */
    public enum Step { CALLBACK, FIX, FOLLOW_UP, APPEAL }

    /**
     * The steps that can be recorded now, in their order: 回访 while waiting for it, 整改 while fixing, one 复评 once
     * fixed, and an appeal as long as none was made and the rectification is not voided. The view shows these; the
     * service refuses the others.
     */
    public static EnumSet<Step> possibleSteps(RectificationStatus status, boolean followedUp, boolean appealed) {
        EnumSet<Step> steps = EnumSet.noneOf(Step.class);
        switch (status) {
            case WAITING_CALLBACK -> steps.add(Step.CALLBACK);
            case FIXING -> steps.add(Step.FIX);
            case FIXED -> {
                if (!followedUp) {
                    steps.add(Step.FOLLOW_UP);
                }
            }
            default -> {
            }
        }
        if (!appealed && status != RectificationStatus.VOIDED) {
            steps.add(Step.APPEAL);
        }
        return steps;
    }

    /** An appeal is decided once, while it waits: the leader's page shows 裁定 for these, the service refuses the others. */
    public static boolean decidable(AppealStatus status) {
        return status == AppealStatus.PENDING;
    }

    /** Whether a step done at {@code doneAt} missed its deadline (the deadline day itself is in time). */
    public static boolean late(LocalDate due, LocalDateTime doneAt) {
        return due != null && doneAt != null && doneAt.toLocalDate().isAfter(due);
    }
}
