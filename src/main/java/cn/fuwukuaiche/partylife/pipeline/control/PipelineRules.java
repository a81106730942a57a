package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.partylife.pipeline.entity.NoticeState;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage.*;
import static cn.fuwukuaiche.partylife.pipeline.entity.StepKind.*;

/**
 * The rules of 发展党员 in plain Java (table-tested in {@code PipelineRulesTest}): which step may follow which stage,
 * what each step needs before it, its clocks and their lights, the vote of the 支部大会, the applicant's age, the
 * 培养联系人 and 入党介绍人, the training and the papers of the file.
 *
 * <pre>
 * 入党申请人 ─确定入党积极分子─▶ 入党积极分子 ─确定发展对象 (≥ 1 年)─▶ 发展对象 ─审批 (支部大会后 3 个月内)─▶ 预备党员 ─审批转正─▶ 正式党员
 *   谈话 (1 个月内)          考察记录 (每半年)              政审 · 培训 · 预审 · 公示 (5 个工作日)     宣誓 · 考察记录 (每季度)
 *                                                            · 志愿书 · 支部大会 · 上级谈话          · 转正申请 · 支部大会 · 延长预备期 (一次)
 * 取消资格: from 积极分子, 发展对象, 预备党员; 退出: from any stage before 正式党员; both with a reason.
 * </pre>
 *
 * <p>A clock that runs out is a light ({@link #clocks}), except where the rules void a step ({@link #voidedVote}): a
 * 支部大会's resolution (接收预备党员 or 转正) not approved by the higher committee within three months is void and the
 * 支部大会 must vote again; a 上级谈话 or 审批 dated later than three months after the vote is refused. The "not before"
 * clocks compare the date of the step as entered ({@link #checkStepDate}): 确定发展对象 dated earlier than a year after
 * 确定入党积极分子 is refused, naming the first possible day. A missing paper voids the step that closes its stage
 * ({@link #checkPapers}).
 */
public final class PipelineRules {

    private static final Map<PipelineStage, Map<StepKind, PipelineStage>> NEXT = new EnumMap<>(PipelineStage.class);

    static {
        NEXT.put(APPLICANT, steps(TALK, APPLICANT, MAKE_ACTIVIST, ACTIVIST, WITHDRAW, WITHDRAWN));
        NEXT.put(ACTIVIST, steps(REVIEW, ACTIVIST, MAKE_CANDIDATE, CANDIDATE, DISQUALIFY, DISQUALIFIED, WITHDRAW, WITHDRAWN));
        NEXT.put(CANDIDATE, steps(REVIEW, CANDIDATE, POLITICAL_CHECK, CANDIDATE, TRAINING, CANDIDATE, PRE_REVIEW, CANDIDATE,
                NOTICE, CANDIDATE, PLEDGE_FORM, CANDIDATE, ADMIT_VOTE, CANDIDATE, HIGHER_TALK, CANDIDATE, APPROVE, PROBATIONARY,
                DISQUALIFY, DISQUALIFIED, WITHDRAW, WITHDRAWN));
        NEXT.put(PROBATIONARY, steps(REVIEW, PROBATIONARY, OATH, PROBATIONARY, FULL_REQUEST, PROBATIONARY, FULL_VOTE, PROBATIONARY,
                EXTEND, PROBATIONARY, APPROVE_FULL, FULL, DISQUALIFY, DISQUALIFIED, WITHDRAW, WITHDRAWN));
        NEXT.put(FULL, Map.of());
        NEXT.put(DISQUALIFIED, Map.of());
        NEXT.put(WITHDRAWN, Map.of());
    }

    private static Map<StepKind, PipelineStage> steps(Object... pairs) {
        Map<StepKind, PipelineStage> m = new EnumMap<>(StepKind.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((StepKind) pairs[i], (PipelineStage) pairs[i + 1]);
        }
        return m;
    }

    private PipelineRules() {
    }

    // ---- the state machine -------------------------------------------------------------------------

    /** The stage after {@code step}, if the step may be taken in {@code from}. */
    public static Optional<PipelineStage> next(PipelineStage from, StepKind step) {
        return Optional.ofNullable(NEXT.getOrDefault(from, Map.of()).get(step));
    }

    /** The steps of a stage (the service and {@link #blocker} still decide whether one may be taken now). */
    public static Set<StepKind> stepsOf(PipelineStage from) {
        return NEXT.getOrDefault(from, Map.of()).keySet();
    }

    /** What the rules know of one person's way: the dates of the steps taken so far (null where not yet). */
    public record Facts(PipelineStage stage, LocalDate appliedOn, LocalDate talkedOn, LocalDate activistOn, LocalDate candidateOn,
                        LocalDate lastReviewOn, LocalDate politicalCheckOn, LocalDate trainedOn, LocalDate preReviewedOn,
                        NoticeState notice, LocalDate pledgeFormOn, LocalDate admitVoteOn, LocalDate higherTalkOn,
                        LocalDate approvedOn, LocalDate probationEndsOn, boolean extended, LocalDate fullRequestOn,
                        LocalDate fullVoteOn, LocalDate lastStepOn) {
    }

    /** The steps that may be taken now (the view shows these buttons); leader steps included, the service checks who. */
    public static List<StepKind> possibleSteps(Facts f, LocalDate today, PipelineSettings s) {
        return stepsOf(f.stage()).stream().filter(k -> blocker(f, k, today, s).isEmpty()).sorted().toList();
    }

    /**
     * Why {@code step} cannot be taken now, or empty: its order within the stage and the "not before" clocks (a date
     * a user can wait for is named). The date of the step itself is checked by {@link #checkDate}.
     */
    public static Optional<String> blocker(Facts f, StepKind step, LocalDate today, PipelineSettings s) {
        if (next(f.stage(), step).isEmpty()) {
            return Optional.of("当前为「" + f.stage().label() + "」，不能" + step.label());
        }
        return Optional.ofNullable(switch (step) {
            case TALK -> f.talkedOn() != null ? "已谈话（" + Times.format(f.talkedOn()) + "）" : null;
            case MAKE_ACTIVIST -> f.talkedOn() == null ? "请先记录谈话" : null;
            case MAKE_CANDIDATE -> {
                LocalDate earliest = earliestCandidateOn(f.activistOn(), s);
                if (today.isBefore(earliest)) {
                    yield "确定为入党积极分子（" + Times.format(f.activistOn()) + "）满一年后才能确定为发展对象，"
                            + Times.format(earliest) + " 起可以办理";
                }
                yield f.lastReviewOn() == null ? "培养考察期间还没有考察记录，请先记录考察情况" : null;
            }
            case POLITICAL_CHECK -> f.politicalCheckOn() != null ? "政治审查已有结论" : null;
            case TRAINING -> f.trainedOn() != null ? "集中培训已记录" : null;
            case PRE_REVIEW -> f.preReviewedOn() != null ? "已预审" : f.politicalCheckOn() == null ? "请先记录政治审查结论"
                    : f.trainedOn() == null ? "请先记录集中培训" : null;
            case NOTICE -> f.preReviewedOn() == null ? "党总支预审后才能公示" : switch (f.notice()) {
                case OPEN -> "正在公示";
                case CONFIRMED -> "已公示";
                case STOPPED -> "公示中异议成立，发展程序已中止";
                case NONE -> null;
            };
            case PLEDGE_FORM -> f.pledgeFormOn() != null ? "入党志愿书已记录" : noticeBlocker(f);
            case ADMIT_VOTE -> f.admitVoteOn() != null && voidedVote(f, today, s).isEmpty() ? "支部大会已表决"
                    : f.pledgeFormOn() == null ? "请先记录入党志愿书" : noticeBlocker(f);
            case HIGHER_TALK -> f.admitVoteOn() == null ? "支部大会通过后才能谈话" : voidedVote(f, today, s)
                    .orElse(f.higherTalkOn() != null ? "上级党组织已谈话" : null);
            case APPROVE -> f.admitVoteOn() == null ? "支部大会通过后才能审批" : voidedVote(f, today, s)
                    .orElse(f.higherTalkOn() == null ? "请先记录上级党组织谈话" : null);
            case OATH -> null;
            case FULL_REQUEST -> {
                if (f.fullRequestOn() != null) {
                    yield "已提交转正申请";
                }
                LocalDate from = f.probationEndsOn().minusDays(s.requestDaysBefore());
                yield today.isBefore(from) ? "预备期至 " + Times.format(f.probationEndsOn()) + " 届满，" + Times.format(from)
                        + " 起可以提交转正申请" : null;
            }
            case FULL_VOTE -> {
                if (f.fullVoteOn() != null && voidedVote(f, today, s).isEmpty()) {
                    yield "支部大会已讨论转正";
                }
                if (f.fullRequestOn() == null) {
                    yield "请先记录本人的转正申请";
                }
                yield today.isBefore(f.probationEndsOn()) ? "预备期 " + Times.format(f.probationEndsOn()) + " 届满后才能讨论转正" : null;
            }
            case EXTEND -> f.extended() ? "预备期只能延长一次" : null;
            case APPROVE_FULL -> f.fullVoteOn() == null ? "支部大会讨论通过转正后才能审批" : voidedVote(f, today, s).orElse(null);
            case APPLY, REVIEW, DISQUALIFY, WITHDRAW -> null;
        });
    }

    private static String noticeBlocker(Facts f) {
        return switch (f.notice()) {
            case NONE -> "请先公示发展对象";
            case OPEN -> "公示期未满";
            case STOPPED -> "公示中异议成立，发展程序已中止";
            case CONFIRMED -> null;
        };
    }

    /** Refuses {@code step} now with the reason {@link #blocker} gives. */
    public static PipelineStage require(Facts f, StepKind step, LocalDate today, PipelineSettings s) {
        blocker(f, step, today, s).ifPresent(b -> {
            throw new BusinessException(b);
        });
        return next(f.stage(), step).orElseThrow();
    }

    /** The date a step happened on: given, not in the future, not before the previous step. */
    public static void checkDate(LocalDate on, LocalDate previous, LocalDate today) {
        if (on == null) {
            throw new BusinessException("date", "请填写日期");
        }
        if (on.isAfter(today)) {
            throw new BusinessException("date", "日期不能晚于今天");
        }
        if (previous != null && on.isBefore(previous)) {
            throw new BusinessException("date", "日期不能早于上一步（" + Times.format(previous) + "）");
        }
    }

    /**
     * The clocks a step's own date must keep (the date as entered, not today): 确定发展对象 not before a year as 积极分子
     * (naming the first possible day); 上级谈话 and 审批 not later than three months after the 支部大会 (审批转正 after the
     * 支部大会 on 转正) — later, the vote is void and must be held again. Refused on the date field.
     */
    public static void checkStepDate(Facts f, StepKind step, LocalDate on, PipelineSettings s) {
        if (on == null) {
            return;
        }
        switch (step) {
            case MAKE_CANDIDATE -> {
                LocalDate earliest = earliestCandidateOn(f.activistOn(), s);
                if (on.isBefore(earliest)) {
                    throw new BusinessException("date", "确定为入党积极分子（" + Times.format(f.activistOn()) + "）满一年后才能确定为发展对象，"
                            + Times.format(earliest) + " 起可以办理");
                }
            }
            case HIGHER_TALK, APPROVE -> {
                LocalDate last = approvalDueOn(f.admitVoteOn(), s);
                if (last != null && on.isAfter(last)) {
                    throw new BusinessException("date", step.label() + "须在支部大会（" + Times.format(f.admitVoteOn()) + "）后 "
                            + s.approvalMonths() + " 个月内，即 " + Times.format(last) + " 前办理；逾期支部大会的决议失效，须重新召开支部大会表决");
                }
            }
            case APPROVE_FULL -> {
                LocalDate last = approvalDueOn(f.fullVoteOn(), s);
                if (last != null && on.isAfter(last)) {
                    throw new BusinessException("date", "审批转正须在支部大会讨论转正（" + Times.format(f.fullVoteOn()) + "）后 "
                            + s.approvalMonths() + " 个月内，即 " + Times.format(last) + " 前办理；逾期决议失效，须重新召开支部大会讨论");
                }
            }
            default -> {
            }
        }
    }

    /** The last day the higher committee may approve a 支部大会's resolution of {@code voteOn} (null without a vote). */
    public static LocalDate approvalDueOn(LocalDate voteOn, PipelineSettings s) {
        return voteOn == null ? null : voteOn.plusMonths(s.approvalMonths());
    }

    /**
     * A 支部大会's resolution voided by its clock: the vote to admit (a 发展对象 not yet approved) or to confirm (a 预备党员
     * not yet 转正) is older than three months on {@code today}. The 支部大会 must vote again; the message says so.
     */
    public static Optional<String> voidedVote(Facts f, LocalDate today, PipelineSettings s) {
        if (f.stage() == CANDIDATE && f.admitVoteOn() != null && today.isAfter(approvalDueOn(f.admitVoteOn(), s))) {
            return Optional.of("支部大会（" + Times.format(f.admitVoteOn()) + "）接收预备党员的决议超过 " + s.approvalMonths()
                    + " 个月未经审批，已失效，须重新召开支部大会表决");
        }
        if (f.stage() == PROBATIONARY && f.fullVoteOn() != null && today.isAfter(approvalDueOn(f.fullVoteOn(), s))) {
            return Optional.of("支部大会（" + Times.format(f.fullVoteOn()) + "）讨论转正的决议超过 " + s.approvalMonths()
                    + " 个月未经审批，已失效，须重新召开支部大会讨论");
        }
        return Optional.empty();
    }

    /** The first day the 积极分子 may be made a 发展对象: one year (the setting) after he became one. */
    public static LocalDate earliestCandidateOn(LocalDate activistOn, PipelineSettings s) {
        return activistOn.plusMonths(s.candidateAfterMonths());
    }

    /** The end of 预备期: a year from the 支部大会, plus an extension. */
    public static LocalDate probationEnds(LocalDate admitVoteOn, int extensionMonths, PipelineSettings s) {
        return admitVoteOn.plusMonths(s.probationMonths() + extensionMonths);
    }

    // ---- people, votes, training, papers -----------------------------------------------------------

    /** The applicant is at least {@code minAge} on the date of his letter. */
    public static void checkAge(LocalDate birthDate, LocalDate appliedOn, PipelineSettings s) {
        if (birthDate == null) {
            throw new BusinessException("birthDate", "请填写出生日期");
        }
        if (appliedOn != null && Period.between(birthDate, appliedOn).getYears() < s.minAge()) {
            throw new BusinessException("birthDate", "申请人递交入党申请书时未满 " + s.minAge() + " 周岁（"
                    + Times.format(birthDate.plusYears(s.minAge())) + " 满 " + s.minAge() + " 周岁）");
        }
    }

    /** A member named as 培养联系人 or 入党介绍人: his id, name and whether he is a full member of the branch. */
    public record Member(long staffId, String name, boolean fullMemberOfBranch) {
    }

    /** One or two 培养联系人, full members of the branch, not the person himself. */
    public static void checkSponsors(List<Member> sponsors, Long personStaffId) {
        checkMembers("sponsors", "培养联系人", sponsors, 1, 2, personStaffId);
    }

    /** Two 入党介绍人, full members of the branch, not the person himself. */
    public static void checkIntroducers(List<Member> introducers, Long personStaffId) {
        checkMembers("introducers", "入党介绍人", introducers, 2, 2, personStaffId);
    }

    private static void checkMembers(String field, String what, List<Member> members, int min, int max, Long person) {
        if (members == null || members.size() < min || members.size() > max) {
            throw new BusinessException(field, min == max ? "请指定 " + min + " 名" + what : "请指定 " + min + " 至 " + max + " 名" + what);
        }
        if (members.stream().map(Member::staffId).distinct().count() < members.size()) {
            throw new BusinessException(field, what + "不能重复");
        }
        for (Member m : members) {
            if (person != null && person == m.staffId()) {
                throw new BusinessException(field, "本人不能做自己的" + what);
            }
            if (!m.fullMemberOfBranch()) {
                throw new BusinessException(field, m.name() + " 不是本支部的正式党员，不能做" + what);
            }
        }
    }

    /** 集中培训: at least {@code trainingDays} days or {@code trainingHours} 学时. */
    public static void checkTraining(int days, int hours, PipelineSettings s) {
        if (days < 0 || hours < 0) {
            throw new BusinessException("trainingDays", "培训天数和学时不能为负数");
        }
        if (days < s.trainingDays() && hours < s.trainingHours()) {
            throw new BusinessException("trainingDays", "集中培训须不少于 " + s.trainingDays() + " 天或 " + s.trainingHours()
                    + " 学时（现为 " + days + " 天、" + hours + " 学时）");
        }
    }

    /** 延长预备期: six months to one year. */
    public static void checkExtension(int months) {
        if (months < 6 || months > 12) {
            throw new BusinessException("months", "延长预备期须为 6 至 12 个月");
        }
    }

    /**
     * The 支部大会's vote: the counts add up (赞成 + 反对 + 弃权 = 实到 ≤ 应到), more than half of the members entitled to
     * vote are present, and 赞成 are more than half of those entitled (not of those present). Refused with the counts.
     */
    public static void checkVote(int entitled, int present, int inFavour, int against, int abstained) {
        if (entitled < 1) {
            throw new BusinessException("present", "本支部没有有表决权的正式党员，不能召开支部大会表决");
        }
        if (present < 0 || inFavour < 0 || against < 0 || abstained < 0) {
            throw new BusinessException("present", "人数不能为负数");
        }
        if (present > entitled) {
            throw new BusinessException("present", "实到 " + present + " 人，多于应到有表决权的正式党员 " + entitled + " 人");
        }
        if (inFavour + against + abstained != present) {
            throw new BusinessException("inFavour", "赞成 " + inFavour + "、反对 " + against + "、弃权 " + abstained + " 合计 "
                    + (inFavour + against + abstained) + " 票，与实到 " + present + " 人不符");
        }
        if (present * 2 <= entitled) {
            throw new BusinessException("present", "应到有表决权的正式党员 " + entitled + " 人，实到 " + present
                    + " 人，未超过半数，不能表决");
        }
        if (inFavour * 2 <= entitled) {
            throw new BusinessException("inFavour", "赞成 " + inFavour + " 票，未超过应到有表决权的正式党员 " + entitled
                    + " 人的半数（实到 " + present + " 人，反对 " + against + "，弃权 " + abstained + "），未通过");
        }
    }

    /** The papers of {@code stage} that are neither uploaded, nor kept on paper, nor waived. */
    public static List<PaperKind> missingPapers(PipelineStage stage, Set<PaperKind> present) {
        return Arrays.stream(PaperKind.values()).filter(p -> p.stage() == stage && !present.contains(p)).toList();
    }

    /** The step that leaves a stage may not be taken while the stage's papers are missing. */
    public static void checkPapers(PipelineStage stage, StepKind step, Set<PaperKind> present) {
        if (next(stage, step).map(n -> n != stage && n != WITHDRAWN && n != DISQUALIFIED).orElse(false)) {
            List<PaperKind> missing = missingPapers(stage, present);
            if (!missing.isEmpty()) {
                throw new BusinessException("papers", "「" + stage.label() + "」阶段的材料不全，缺少："
                        + String.join("、", missing.stream().map(PaperKind::label).toList()) + "（请上传、注明纸质材料存放处，或由党总支说明理由免交）");
            }
        }
    }

    // ---- clocks ------------------------------------------------------------------------------------

    /** A clock: what must be done by when. */
    public record Clock(String what, LocalDate due) {
    }

    /** The running clocks of a person, earliest first. */
    public static List<Clock> clocks(Facts f, PipelineSettings s) {
        List<Clock> c = new ArrayList<>();
        switch (f.stage()) {
            case APPLICANT -> {
                if (f.talkedOn() == null) {
                    c.add(new Clock("谈话", f.appliedOn().plusMonths(s.talkMonths())));
                }
            }
            case ACTIVIST -> c.add(new Clock("考察记录", later(f.lastReviewOn(), f.activistOn()).plusMonths(s.reviewMonths())));
            case CANDIDATE -> {
                if (f.admitVoteOn() == null) {
                    c.add(new Clock("考察记录", later(f.lastReviewOn(), f.activistOn()).plusMonths(s.reviewMonths())));
                } else {
                    c.add(new Clock(f.higherTalkOn() == null ? "上级谈话和审批" : "审批", approvalDueOn(f.admitVoteOn(), s)));
                }
            }
            case PROBATIONARY -> {
                c.add(new Clock("预备期考察记录", later(f.lastReviewOn(), f.admitVoteOn()).plusMonths(s.probationReviewMonths())));
                if (f.fullRequestOn() == null) {
                    c.add(new Clock("转正申请", f.probationEndsOn()));
                } else if (f.fullVoteOn() == null) {
                    c.add(new Clock("支部大会讨论转正", f.probationEndsOn().plusMonths(s.fullVoteMonths())));
                } else {
                    c.add(new Clock("审批转正", f.fullVoteOn().plusMonths(s.approvalMonths())));
                }
            }
            default -> {
            }
        }
        c.sort(Comparator.comparing(Clock::due));
        return c;
    }

    /** The clock that runs out first, if any. */
    public static Optional<Clock> nextClock(Facts f, PipelineSettings s) {
        return clocks(f, s).stream().findFirst();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /**
     * The light of a clock on the work calendar ({@link DeadlineLight}): yellow within {@code yellowWorkingDays}
     * working days. A year the calendar does not know yet (a clock a year ahead) counts five working days a week.
     */
    public static DeadlineLight light(LocalDate today, LocalDate due, PipelineSettings s, WorkCalendar cal) {
        try {
            return DeadlineLight.of(today, due, s.yellowWorkingDays(), cal);
        } catch (UnknownYearException e) {
            if (today.isAfter(due)) {
                return DeadlineLight.RED;
            }
            return ChronoUnit.DAYS.between(today, due) * 5 / 7 <= s.yellowWorkingDays() ? DeadlineLight.YELLOW : DeadlineLight.GREEN;
        }
    }

    /** The last day of the 公示 opened on {@code opened} ({@code noticeWorkingDays} working days, the opening day counted). */
    public static LocalDate noticeClosesOn(WorkCalendar cal, LocalDate opened, PipelineSettings s) {
        LocalDate first = cal.plusWorkingDays(opened, 0);
        return cal.plusWorkingDays(first, s.noticeWorkingDays() - 1);
    }
}
