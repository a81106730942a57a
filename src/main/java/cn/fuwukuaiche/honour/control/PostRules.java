package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.honour.entity.AwardStatus;
import cn.fuwukuaiche.honour.entity.PledgeStatus;
import cn.fuwukuaiche.honour.entity.PostKind;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;

import java.time.LocalDate;
import java.util.EnumSet;

/** Who may hold which post (两岗), plain Java: 党员示范岗 a Party member (incl. 预备党员), 巾帼建功岗 a woman. */
public final class PostRules {

    /** What can be done with a designation: 亮承诺 (its holder), 审核承诺 (the branch secretary), 公示/终止/撤销 (the leader). */
    public enum Step { WRITE_PLEDGE, REVIEW_PLEDGE, NOTICE_OR_END }

    private PostRules() {
    }

    /** The steps a designation allows now: all in office; a pledge is reviewed while it waits, whatever the post's state. */
    public static EnumSet<Step> possibleSteps(AwardStatus status, PledgeStatus pledge) {
        EnumSet<Step> steps = EnumSet.noneOf(Step.class);
        if (status == AwardStatus.AWARDED) {
            steps.add(Step.WRITE_PLEDGE);
            steps.add(Step.NOTICE_OR_END);
        }
        if (pledge == PledgeStatus.PENDING) {
            steps.add(Step.REVIEW_PLEDGE);
        }
        return steps;
    }

    /** Why this person cannot hold the post, or null when they can. */
    public static String whyNot(PostKind kind, String name, Gender gender, PoliticalStatus status, boolean active) {
        if (!active) {
            return name + " 已停用，不能设岗";
        }
        return switch (kind) {
            case PARTY_MODEL -> status != null && status.isPartyMember() ? null
                    : name + " 的政治面貌是" + (status == null ? "未填写" : status.label()) + "，党员示范岗须由党员（含预备党员）担任";
            case WOMEN_MERIT -> gender == Gender.FEMALE ? null : name + " 不是女同志，巾帼建功岗须由女同志担任";
        };
    }

    /** Why the period is wrong, or null. */
    public static String periodProblem(LocalDate from, LocalDate until) {
        if (from == null) {
            return "请选择设岗起始日期";
        }
        if (until != null && until.isBefore(from)) {
            return "截止日期不能早于起始日期";
        }
        return null;
    }

    /**
     * As above, and plausible around {@code today}: a designation starts at most a year back or ahead (1900-01-01 is
     * a typing mistake, not a history) and runs at most 10 years.
     */
    public static String periodProblem(LocalDate from, LocalDate until, LocalDate today) {
        String p = periodProblem(from, until);
        if (p != null) {
            return p;
        }
        var f = Input.dateProblem("设岗起始日期", from, today.minusYears(1), today.plusYears(1));
        if (f.isPresent()) {
            return f.get();
        }
        return Input.dateProblem("截止日期", until, from, from.plusYears(10)).orElse(null);
    }
}
