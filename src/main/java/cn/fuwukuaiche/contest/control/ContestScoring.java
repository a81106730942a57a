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
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grading an attempt and ranking a contest, shared by the services and the demo seeder (no security here:
 * callers are guarded EJBs or the seeder).
 */
final class ContestScoring {

    private ContestScoring() {
    }

    /** Grades the saved answers and marks the attempt submitted at {@code now}. */
    static void finishKnowledge(EntityManager em, Attempt a, boolean auto) {
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

    record Line(Long staffId, BigDecimal score, BigDecimal second, String detail) {
    }

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
                        lines.add(new Line(s, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO, "未参加"));
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
                        lines.add(new Line(s, BigDecimal.ZERO.setScale(1), BigDecimal.ZERO, "未参加"));
                    } else {
                        lines.add(new Line(s, a.getSpeed(), a.getAccuracy(), "速度 " + a.getSpeed().toPlainString() + " 字/分，正确率 "
                                + a.getAccuracy().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%"));
                    }
                }
            }
            case OTHER -> {
                Map<Long, Map<Integer, List<BigDecimal>>> byStaff = new HashMap<>();
                for (JudgeScore j : em.createQuery("select j from JudgeScore j where j.contestId = :c", JudgeScore.class)
                        .setParameter("c", c.getId()).getResultList()) {
                    byStaff.computeIfAbsent(j.getStaffId(), k -> new HashMap<>())
                            .computeIfAbsent(j.getRoundNo(), k -> new ArrayList<>()).add(j.getScore());
                }
                for (Long s : staff) {
                    Map<Integer, List<BigDecimal>> rounds = byStaff.getOrDefault(s, Map.of());
                    BigDecimal total = JudgeTotals.total(rounds);
                    lines.add(new Line(s, total, BigDecimal.ZERO, JudgeTotals.describe(rounds)));
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
        return CompetitionRanking.rank(sorted, order);
    }

    /** Replaces the contest's stored results with the current ranking and prizes. */
    static List<ContestResult> storeResults(EntityManager em, Contest c) {
        em.createQuery("delete from ContestResult r where r.contestId = :c").setParameter("c", c.getId()).executeUpdate();
        List<Ranked<Line>> ranking = rank(lines(em, c), c);
        List<Prize> prizes = Prizes.assign(ranking, l -> l.score().signum() == 0,
                c.prizeCount(Prize.FIRST), c.prizeCount(Prize.SECOND), c.prizeCount(Prize.THIRD), c.prizeCount(Prize.MERIT));
        List<ContestResult> out = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            Ranked<Line> r = ranking.get(i);
            ContestResult cr = new ContestResult(c.getId(), r.item().staffId(), r.item().score(), r.rank(), r.tied(), prizes.get(i),
                    r.item().detail());
            em.persist(cr);
            out.add(cr);
        }
        return out;
    }

    /** Registers participants, skipping those already in. */
    static int addParticipants(EntityManager em, Contest c, List<Long> staffIds) {
        List<Long> existing = em.createQuery("select p.staffId from Participant p where p.contestId = :c", Long.class)
                .setParameter("c", c.getId()).getResultList();
        int n = 0;
        for (Long s : staffIds) {
            if (!existing.contains(s)) {
                em.persist(new Participant(c.getId(), s));
                n++;
            }
        }
        return n;
    }
}
