package cn.fuwukuaiche.partylife.appraisal.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of 民主评议党员 in plain Java (table-tested in {@code AppraisalRulesTest}): who is on the roster, the
 * 优秀 cap, who may vote and what a ballot must hold, tallying, and the committee's grades.
 */
public final class AppraisalRules {

    /** The field a refusal of the whole ballot names (the vote button). */
    public static final String BALLOT = "ballot";
    /** The field a refusal of the committee's grades as a whole names (the 优秀 count). */
    public static final String GRADES = "grades";

    private AppraisalRules() {
    }

    /** Who stands on the roster and may vote: full and probationary members (中共党员, 预备党员) on the day it opens. */
    public static boolean eligible(boolean partyMember, boolean probationary) {
        return partyMember || probationary;
    }

    /**
     * At most how many members of a roster of {@code members} may be graded 优秀 with a cap of {@code percent} %:
     * rounded DOWN ("at most 30 %" never lets 31 % through): 10 → 3, 7 → 2 (2.1), 3 → 0 (0.9). Integer arithmetic,
     * no floating point.
     */
    public static int excellentCap(int members, int percent) {
        if (members < 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("members " + members + ", percent " + percent);
        }
        return members * percent / 100;
    }

    /** The cap percent the secretary may set when opening: 1 … 100. */
    public static void checkCapPercent(int percent) {
        if (percent < 1 || percent > 100) {
            throw new BusinessException("capPercent", "优秀比例上限须在 1% 至 100% 之间");
        }
    }

    /**
     * May {@code voterId} cast this ballot now? Only while the appraisal is open, only a member on the roster, only
     * once; the ballot grades every other member of the roster (not himself, nobody outside it) exactly once.
     * Refusals name the field: {@link #BALLOT} for the vote as a whole, {@code grade:<staffId>} for one line.
     */
    public static void checkVote(AppraisalStatus status, Set<Long> roster, Long voterId, boolean alreadyVoted,
                                 Map<Long, AppraisalGrade> ballot) {
        if (status != AppraisalStatus.OPEN) {
            throw new BusinessException(BALLOT, "投票已结束，不能再投票");
        }
        if (voterId == null || !roster.contains(voterId)) {
            throw new BusinessException(BALLOT, "你不在本次民主评议的党员名单中，不能投票");
        }
        if (alreadyVoted) {
            throw new BusinessException(BALLOT, "你已投过票，每人只能投一次");
        }
        if (ballot == null) {
            throw new BusinessException(BALLOT, "请为每位党员选择评议等次");
        }
        for (Long subject : ballot.keySet()) {
            if (subject == null || !roster.contains(subject)) {
                throw new BusinessException(BALLOT, "评议对象不是本支部参加评议的党员");
            }
            if (subject.equals(voterId)) {
                throw new BusinessException(BALLOT, "不能评议自己");
            }
        }
        for (Long member : roster.stream().sorted().toList()) {
            if (!member.equals(voterId) && ballot.get(member) == null) {
                throw new BusinessException("grade:" + member, "请选择评议等次");
            }
        }
    }

    /** Votes per subject and grade (every grade present, 0 where none) — all that is ever shown of the ballot. */
    public static Map<Long, EnumMap<AppraisalGrade, Integer>> tally(Collection<Long> roster, List<Vote> votes) {
        Map<Long, EnumMap<AppraisalGrade, Integer>> t = new HashMap<>();
        for (Long member : roster) {
            EnumMap<AppraisalGrade, Integer> counts = new EnumMap<>(AppraisalGrade.class);
            for (AppraisalGrade g : AppraisalGrade.values()) {
                counts.put(g, 0);
            }
            t.put(member, counts);
        }
        for (Vote v : votes) {
            EnumMap<AppraisalGrade, Integer> counts = t.get(v.subject());
            if (counts != null) {
                counts.merge(v.grade(), 1, Integer::sum);
            }
        }
        return t;
    }

    /** One grade for one subject, as a ballot row holds it (no voter). */
    public record Vote(long subject, AppraisalGrade grade) {
    }

    /**
     * The committee's grades: only once the ballot is closed (and again after an upheld objection, before 公示 or
     * after it), a grade for every member of the roster and nobody else, at most {@link #excellentCap} 优秀.
     */
    public static void checkGrades(AppraisalStatus status, Set<Long> roster, int capPercent, Map<Long, AppraisalGrade> grades) {
        checkGrades(status, roster, capPercent, grades, Set.of());
    }

    /**
     * As above, but the members in {@code leftToOthers} may stay without a grade: the caller's own, which he may not
     * decide ({@code ConflictOfInterest}); the general branch decides it.
     */
    public static void checkGrades(AppraisalStatus status, Set<Long> roster, int capPercent, Map<Long, AppraisalGrade> grades,
                                   Set<Long> leftToOthers) {
        if (status == AppraisalStatus.OPEN) {
            throw new BusinessException(GRADES, "投票尚未结束，结束投票后才能评定等次");
        }
        if (status == AppraisalStatus.NOTICED) {
            throw new BusinessException(GRADES, "评定结果已公示，不能再修改");
        }
        for (Long subject : grades.keySet()) {
            if (subject == null || !roster.contains(subject)) {
                throw new BusinessException(GRADES, "该人员不是本支部参加评议的党员");
            }
        }
        for (Long member : roster.stream().sorted().toList()) {
            if (grades.get(member) == null && !leftToOthers.contains(member)) {
                throw new BusinessException("grade:" + member, "请评定等次");
            }
        }
        int cap = excellentCap(roster.size(), capPercent);
        long excellent = grades.values().stream().filter(g -> g == AppraisalGrade.EXCELLENT).count();
        if (excellent > cap) {
            throw new BusinessException(GRADES, "评为优秀的有 " + excellent + " 人，超过上限 " + cap + " 人（参评党员 "
                    + roster.size() + " 人的 " + capPercent + "%，向下取整）");
        }
    }

    /**
     * A suggestion from the tallies for the committee to start from: each member's most-voted grade (ties to the
     * better grade), then 优秀 kept only for the members with the most 优秀 votes up to the cap (the others 合格).
     */
    public static Map<Long, AppraisalGrade> suggest(Map<Long, EnumMap<AppraisalGrade, Integer>> tally, int cap) {
        Map<Long, AppraisalGrade> s = new HashMap<>();
        tally.forEach((member, counts) -> {
            AppraisalGrade best = AppraisalGrade.QUALIFIED;
            int most = 0;
            for (AppraisalGrade g : AppraisalGrade.values()) {
                if (counts.get(g) > most) {
                    most = counts.get(g);
                    best = g;
                }
            }
            s.put(member, best);
        });
        List<Long> excellent = s.entrySet().stream().filter(e -> e.getValue() == AppraisalGrade.EXCELLENT).map(Map.Entry::getKey)
                .sorted((a, b) -> {
                    int c = Integer.compare(tally.get(b).get(AppraisalGrade.EXCELLENT), tally.get(a).get(AppraisalGrade.EXCELLENT));
                    return c != 0 ? c : Long.compare(a, b);
                }).toList();
        for (int i = cap; i < excellent.size(); i++) {
            s.put(excellent.get(i), AppraisalGrade.QUALIFIED);
        }
        return s;
    }

    /** A 不合格 member's handling: 限期改正 needs a date after the decision; the other a written decision. */
    public static void checkHandling(boolean correctByDate, java.time.LocalDate due, String note, java.time.LocalDate today) {
        if (correctByDate) {
            if (due == null) {
                throw new BusinessException("handlingDue", "请填写改正期限");
            }
            if (!due.isAfter(today)) {
                throw new BusinessException("handlingDue", "改正期限须晚于今天");
            }
        } else if (note == null || note.isBlank()) {
            throw new BusinessException("handlingNote", "请写明组织处置决定");
        }
    }
}
