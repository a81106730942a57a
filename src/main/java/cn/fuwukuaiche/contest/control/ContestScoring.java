package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.ranking.CompetitionRanking;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.ranking.TieBreaker;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.entity.Answer;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestResult;
import cn.fuwukuaiche.contest.entity.JudgeScore;
import cn.fuwukuaiche.contest.entity.Participant;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grading an attempt and ranking a contest, shared by the services and the demo seeder (no security here:
 * callers are guarded EJBs or the seeder).
 */
public final class ContestScoring {

    private ContestScoring() {
    }

    /** Grades the saved answers and marks the attempt submitted at {@code now}. */
    public static void finishKnowledge(EntityManager em, Attempt a, boolean auto) {
        List<Long> ids = a.getQuestionIdList();
        Map<Long, Answer> answers = new HashMap<>();
        for (Answer ans : em.createQuery("select x from Answer x where x.attemptId = :a", Answer.class)
                .setParameter("a", a.getId()).getResultList()) {
            answers.put(ans.getQuestionId(), ans);
        }
        int correct = 0;
        for (Long qid : ids) {
            Question q = em.find(Question.class, qid);
            Answer ans = answers.get(qid);
            boolean right = ans != null && Grading.isCorrect(q.getType(), q.getAnswerKey(), ans.getGiven());
            if (ans != null) {
                ans.setCorrect(right);
            }
            if (right) {
                correct++;
            }
        }
        a.setCorrectCount(correct);
        a.setQuestionTotal(ids.size());
        a.setScore(Grading.score(correct, ids.size()));
        a.setSubmittedAt(Times.now());
        a.setAutoSubmitted(auto);
    }

    /**
     * Scores a typing attempt from the text saved so far (as typed, or as submitted) and marks it submitted at
     * {@code at}: the time counted runs from the server's start to {@code at}, at most to the deadline.
     */
    static void finishTyping(Contest c, Attempt a, LocalDateTime at, boolean auto) {
        LocalDateTime end = a.getDeadlineAt() != null && at.isAfter(a.getDeadlineAt()) ? a.getDeadlineAt() : at;
        long seconds = Math.max(1, java.time.Duration.between(a.getStartedAt(), end).getSeconds());
        String typed = a.getTypedText() == null ? "" : a.getTypedText();
        String typed2 = a.getTypedText2() == null ? "" : a.getTypedText2();
        TypingScore.Result r = c.getPassage2() == null ? TypingScore.compute(c.getPassage(), typed, seconds)
                : TypingScore.compute(List.of(c.getPassage(), c.getPassage2()), List.of(typed, typed2), seconds);
        a.setTypedText(typed);
        a.setTypedText2(c.getPassage2() == null ? null : typed2);
        a.setCharsTyped(r.typedChars());
        a.setEditDistance(r.distance());
        a.setAccuracy(r.accuracy());
        a.setSpeed(r.speed());
        a.setSubmittedAt(at);
        a.setAutoSubmitted(auto);
    }

    record Line(Long staffId, BigDecimal score, BigDecimal second, String detail, boolean took) {
        Line(Long staffId, BigDecimal score, BigDecimal second, String detail) {
            this(staffId, score, second, detail, true);
        }

        static Line absent(Long staffId, int scale) {
            return new Line(staffId, BigDecimal.ZERO.setScale(scale), BigDecimal.ZERO, NOT_TAKEN, false);
        }
    }

    /** The detail of a participant who did not take part: listed apart, with no place. */
    static final String NOT_TAKEN = "未参加";

    /** The contest's ranking now, from attempts (knowledge, typing) or judges' scores (other); not stored. */
    static List<Line> lines(EntityManager em, Contest c) {
        List<Long> staff = em.createQuery("select p.staffId from Participant p where p.contestId = :c order by p.staffId", Long.class)
                .setParameter("c", c.getId()).getResultList();
        Map<Long, Attempt> attempts = new HashMap<>();
        em.createQuery("select a from Attempt a where a.contestId = :c", Attempt.class).setParameter("c", c.getId())
                .getResultList().forEach(a -> attempts.put(a.getStaffId(), a));
        List<Line> lines = new ArrayList<>();
        switch (c.getKind()) {
            case KNOWLEDGE -> {
                for (Long s : staff) {
                    Attempt a = attempts.get(s);
                    if (a == null || !a.isSubmitted()) {
                        lines.add(Line.absent(s, 2));
                    } else {
                        long secs = java.time.Duration.between(a.getStartedAt(), a.getSubmittedAt()).getSeconds();
                        lines.add(new Line(s, a.getScore(), BigDecimal.valueOf(-secs),
                                "答对 " + a.getCorrectCount() + "/" + a.getQuestionTotal() + "，用时 " + (secs / 60) + " 分 " + (secs % 60) + " 秒"
                                        + (a.isAutoSubmitted() ? "（超时自动交卷）" : "")));
                    }
                }
            }
            case TYPING -> {
                for (Long s : staff) {
                    Attempt a = attempts.get(s);
                    if (a == null || !a.isSubmitted() || a.getSpeed() == null) {
                        lines.add(Line.absent(s, 1));
                    } else {
                        lines.add(new Line(s, a.getSpeed(), a.getAccuracy(), "速度 " + a.getSpeed().toPlainString() + " 字/分，正确率 "
                                + a.getAccuracy().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%"));
                    }
                }
            }
            case OTHER -> {
                Map<Long, Map<Integer, List<BigDecimal>>> byStaff = new HashMap<>();
                for (JudgeScore j : judgeScores(em, c, SubjectKind.PARTICIPANT)) {
                    byStaff.computeIfAbsent(j.getSubjectId(), k -> new HashMap<>())
                            .computeIfAbsent(j.getRoundNo(), k -> new ArrayList<>()).add(j.getScore());
                }
                for (Long s : staff) {
                    Map<Integer, List<BigDecimal>> rounds = byStaff.getOrDefault(s, Map.of());
                    BigDecimal total = JudgeTotals.total(rounds);
                    lines.add(rounds.isEmpty() ? new Line(s, total, BigDecimal.ZERO, NOT_TAKEN, false)
                            : new Line(s, total, BigDecimal.ZERO, JudgeTotals.describe(rounds)));
                }
            }
        }
        return lines;
    }

    static List<Ranked<Line>> rank(List<Line> lines, Contest c) {
        String first = switch (c.getKind()) {
            case KNOWLEDGE -> "成绩";
            case TYPING -> "速度";
            case OTHER -> "总分";
        };
        String second = switch (c.getKind()) {
            case KNOWLEDGE -> "用时（短者优先）";
            case TYPING -> "正确率";
            case OTHER -> "总分";
        };
        List<TieBreaker<Line>> order = new ArrayList<>();
        order.add(TieBreaker.higherFirst(first, Line::score));
        if (c.getKind() != cn.fuwukuaiche.contest.entity.ContestKind.OTHER) {
            order.add(TieBreaker.higherFirst(second, Line::second));
        }
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::staffId));
        return CompetitionRanking.rankParticipants(sorted, Line::took, order);
    }

    /**
     * Replaces the contest's stored results with the current ranking and prizes. In a team contest the prizes go
     * to the teams (windows); members keep their individual places without prizes (judged team contests have
     * no individual scores, so no individual results).
     */
    public static List<ContestResult> storeResults(EntityManager em, Contest c) {
        em.createQuery("delete from ContestResult r where r.contestId = :c").setParameter("c", c.getId()).executeUpdate();
        List<ContestResult> out = new ArrayList<>();
        boolean teams = c.isTeamMode();
        if (!(teams && c.getKind() == cn.fuwukuaiche.contest.entity.ContestKind.OTHER)) {
            List<Ranked<Line>> ranking = rank(lines(em, c), c);
            List<Prize> prizes = Prizes.assign(ranking, l -> teams || l.score().signum() == 0,
                    c.prizeCount(Prize.FIRST), c.prizeCount(Prize.SECOND), c.prizeCount(Prize.THIRD), c.prizeCount(Prize.MERIT));
            for (int i = 0; i < ranking.size(); i++) {
                Ranked<Line> r = ranking.get(i);
                ContestResult cr = new ContestResult(c.getId(), SubjectKind.PARTICIPANT, r.item().staffId(), r.item().score(), r.rank(), r.tied(), prizes.get(i),
                        r.item().detail());
                em.persist(cr);
                out.add(cr);
            }
        }
        if (teams) {
            List<Ranked<TeamLine>> ranking = rankTeams(teamLines(em, c));
            List<Prize> prizes = Prizes.assign(ranking, l -> l.score().signum() == 0,
                    c.prizeCount(Prize.FIRST), c.prizeCount(Prize.SECOND), c.prizeCount(Prize.THIRD), c.prizeCount(Prize.MERIT));
            for (int i = 0; i < ranking.size(); i++) {
                Ranked<TeamLine> r = ranking.get(i);
                em.persist(new ContestResult(c.getId(), SubjectKind.TEAM, r.item().windowId(), r.item().score(), r.rank(), r.tied(), prizes.get(i),
                        r.item().detail()));
            }
        }
        return out;
    }

    /** The stored results of participants or of teams, by place. */
    static List<ContestResult> stored(EntityManager em, long contestId, SubjectKind kind) {
        return em.createQuery("select r from ContestResult r where r.contestId = :c and r.subjectKind = :k order by r.place, r.subjectId",
                ContestResult.class).setParameter("c", contestId).setParameter("k", kind).getResultList();
    }

    /** One participant's or team's stored result. */
    static Optional<ContestResult> stored(EntityManager em, long contestId, SubjectKind kind, long subjectId) {
        return em.createQuery("select r from ContestResult r where r.contestId = :c and r.subjectKind = :k and r.subjectId = :s",
                ContestResult.class).setParameter("c", contestId).setParameter("k", kind).setParameter("s", subjectId)
                .getResultStream().findFirst();
    }

    record TeamLine(Long windowId, BigDecimal score, String detail) {
    }

    /**
     * A team contest's teams now. Knowledge and typing: the mean of the members' scores (speed for typing), a
     * member who did not take part counting 0, so windows of any size compare fairly and a window cannot
     * improve by sending only its best. Judged contests: the judges score the team itself (a TEAM JudgeScore), a
     * round being the mean of its judges' scores and the total the sum over rounds.
     */
    static List<TeamLine> teamLines(EntityManager em, Contest c) {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        for (Participant p : em.createQuery("select p from Participant p where p.contestId = :c and p.windowId is not null "
                + "order by p.windowId, p.staffId", Participant.class).setParameter("c", c.getId()).getResultList()) {
            members.computeIfAbsent(p.getWindowId(), k -> new ArrayList<>()).add(p.getStaffId());
        }
        List<TeamLine> out = new ArrayList<>();
        if (c.getKind() == cn.fuwukuaiche.contest.entity.ContestKind.OTHER) {
            Map<Long, Map<Integer, List<BigDecimal>>> byTeam = new HashMap<>();
            for (JudgeScore t : judgeScores(em, c, SubjectKind.TEAM)) {
                byTeam.computeIfAbsent(t.getSubjectId(), k -> new HashMap<>()).computeIfAbsent(t.getRoundNo(), k -> new ArrayList<>())
                        .add(t.getScore());
            }
            for (Long w : members.keySet()) {
                Map<Integer, List<BigDecimal>> rounds = byTeam.getOrDefault(w, Map.of());
                out.add(new TeamLine(w, JudgeTotals.total(rounds), JudgeTotals.describe(rounds)));
            }
            return out;
        }
        Map<Long, Line> byStaff = new HashMap<>();
        lines(em, c).forEach(l -> byStaff.put(l.staffId(), l));
        int scale = c.getKind() == cn.fuwukuaiche.contest.entity.ContestKind.TYPING ? 1 : 2;
        for (Map.Entry<Long, List<Long>> e : members.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            int took = 0;
            for (Long s : e.getValue()) {
                Line l = byStaff.get(s);
                if (l != null && l.took()) {
                    sum = sum.add(l.score());
                    took++;
                }
            }
            int n = e.getValue().size();
            BigDecimal mean = sum.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_UP);
            out.add(new TeamLine(e.getKey(), mean, n + " 人，" + took + " 人参加，平均" + (scale == 1 ? "速度 " + mean.toPlainString()
                    + " 字/分" : "成绩 " + mean.toPlainString() + " 分")));
        }
        return out;
    }

    private static List<JudgeScore> judgeScores(EntityManager em, Contest c, SubjectKind kind) {
        return em.createQuery("select j from JudgeScore j where j.contestId = :c and j.subjectKind = :k", JudgeScore.class)
                .setParameter("c", c.getId()).setParameter("k", kind).getResultList();
    }

    static List<Ranked<TeamLine>> rankTeams(List<TeamLine> lines) {
        List<TeamLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(TeamLine::windowId));
        return CompetitionRanking.rank(sorted, List.of(TieBreaker.higherFirst("团队成绩", TeamLine::score)));
    }

    /** Registers participants, skipping those already in. */
    public static int addParticipants(EntityManager em, Contest c, List<Long> staffIds) {
        List<Long> existing = em.createQuery("select p.staffId from Participant p where p.contestId = :c", Long.class)
                .setParameter("c", c.getId()).getResultList();
        int n = 0;
        for (Long s : staffIds) {
            if (!existing.contains(s)) {
                Staff staff = em.find(Staff.class, s);
                if (c.isTeamMode() && staff.getWindow() == null) {
                    continue; // a team contest is between windows: staff without a window have no team
                }
                em.persist(new Participant(c.getId(), s, staff.getWindow() == null ? null : staff.getWindow().getId()));
                n++;
            }
        }
        return n;
    }
}
