package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestResult;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A contest's results as people read them: ranked lines of participants or teams, per-question statistics, certificates. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class ContestResultService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory orgs;

    /** A result line with the names people know. */
    public record ResultRow(int place, boolean tied, String staffName, String staffNo, String unit, String window,
                            BigDecimal score, Prize prize, String detail, Long staffId) {
        public String prizeLabel() {
            return prize == null ? "" : prize.label();
        }

        public String placeLabel() {
            return place == Ranked.NO_PLACE ? ContestScoring.NOT_TAKEN : (tied ? "并列" : "") + "第 " + place + " 名";
        }

        /** False for a participant who did not take part (listed apart, no place). */
        public boolean placed() {
            return place != Ranked.NO_PLACE;
        }
    }

    /** A team (window) result line. */
    public record TeamRow(int place, boolean tied, String windowNo, String windowName, String unit, BigDecimal score, Prize prize,
                          String detail, Long windowId, String members) {
        public String prizeLabel() {
            return prize == null ? "" : prize.label();
        }

        public String placeLabel() {
            return (tied ? "并列" : "") + "第 " + place + " 名";
        }

        public String team() {
            return windowNo + " " + windowName;
        }
    }

    public record QuestionStat(int no, Question question, long answered, long correct) {
    }

    /** A team contest's teams (windows) ranked: stored once closed, the current standing before. */
    public List<TeamRow> teamResults(long contestId) {
        Contest c = em.find(Contest.class, contestId);
        if (c == null || !c.isTeamMode()) {
            return List.of();
        }
        List<ContestResult> stored = ContestScoring.stored(em, contestId, SubjectKind.TEAM);
        List<TeamRow> rows = new ArrayList<>();
        if (!stored.isEmpty()) {
            for (ContestResult r : stored) {
                rows.add(teamRow(contestId, r.getPlace(), r.isTied(), r.getSubjectId(), r.getScore(), r.getPrize(), r.getDetail()));
            }
            return rows;
        }
        for (Ranked<ContestScoring.TeamLine> r : ContestScoring.rankTeams(ContestScoring.teamLines(em, c))) {
            rows.add(teamRow(contestId, r.rank(), r.tied(), r.item().windowId(), r.item().score(), null, r.item().detail()));
        }
        return rows;
    }

    private TeamRow teamRow(long contestId, int place, boolean tied, Long windowId, BigDecimal score, Prize prize, String detail) {
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        String members = String.join("、", orgs.staffByIds(em.createQuery("select p.staffId from Participant p "
                + "where p.contestId = :c and p.windowId = :w and p.staffId is not null", Long.class).setParameter("c", contestId)
                .setParameter("w", windowId).getResultList()).stream().map(Staff::getName).toList());
        return new TeamRow(place, tied, w.getWindowNo(), w.getName(), w.getUnit() == null ? "" : w.getUnit().getShortName(), score, prize,
                detail, windowId, members);
    }

    public List<ResultRow> results(long contestId) {
        Contest c = em.find(Contest.class, contestId);
        if (c.isTeamMode() && c.getKind() == ContestKind.OTHER) {
            return List.of(); // the judges score teams: see teamResults
        }
        List<ContestResult> stored = ContestScoring.stored(em, contestId, SubjectKind.PARTICIPANT);
        List<ResultRow> rows = new ArrayList<>();
        if (!stored.isEmpty()) {
            for (ContestResult r : stored) {
                rows.add(row(r.getPlace(), r.isTied(), r.getSubjectId(), r.getScore(), r.getPrize(), r.getDetail()));
            }
            // those who did not take part come last, apart
            rows.sort(java.util.Comparator.comparing((ResultRow x) -> !x.placed()));
            return rows;
        }
        // not closed yet: the current standing, without prizes
        for (Ranked<ContestScoring.Line> r : ContestScoring.rank(ContestScoring.lines(em, c), c)) {
            rows.add(row(r.rank(), r.tied(), r.item().staffId(), r.item().score(), null, r.item().detail()));
        }
        return rows;
    }

    private ResultRow row(int place, boolean tied, Long staffId, BigDecimal score, Prize prize, String detail) {
        Staff s = em.find(Staff.class, staffId);
        return new ResultRow(place, tied, s.getName(), s.getStaffNo(), s.getUnit().getShortName(),
                s.getWindow() == null ? "" : s.getWindow().getWindowNo(), score, prize, detail, staffId);
    }

    /** Per-question statistics of a knowledge test (after it closed). */
    public List<QuestionStat> questionStats(long contestId) {
        Contest c = em.find(Contest.class, contestId);
        if (!c.isOver()) {
            throw new BusinessException("竞赛结束后才能查看逐题统计");
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select x.questionId, x.correct from Answer x, Attempt a where x.attemptId = a.id "
                + "and a.contestId = :c and x.given is not null", Object[].class).setParameter("c", contestId).getResultList()) {
            long[] n = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            n[0]++;
            if (Boolean.TRUE.equals(row[1])) {
                n[1]++;
            }
        }
        List<QuestionStat> out = new ArrayList<>();
        int no = 0;
        for (Long qid : counts.keySet().stream().sorted().toList()) {
            long[] n = counts.get(qid);
            out.add(new QuestionStat(++no, em.find(Question.class, qid), n[0], n[1]));
        }
        return out;
    }

    /** @param team true when the recipient is a window (team): no "同志" after the name */
    public record Certificate(String staffName, String unit, String contestTitle, String prize, java.time.LocalDate date, boolean team) {
    }

    /** A print-ready certificate for a prize-winning team (window) of a published team contest. */
    public Certificate teamCertificate(long contestId, long windowId) {
        Contest c = em.find(Contest.class, contestId);
        ContestResult r = publishedPrize(c, SubjectKind.TEAM, windowId, "该窗口在此竞赛中没有已公布的奖项");
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        return new Certificate(w.getWindowNo() + " " + w.getName() + "窗口", w.getUnit() == null ? "" : w.getUnit().getName(), c.getTitle(),
                r.getPrize().label(), c.getPublishedAt().toLocalDate(), true);
    }

    /** A print-ready certificate for a prize winner of a published contest. */
    public Certificate certificate(long contestId, long staffId) {
        Contest c = em.find(Contest.class, contestId);
        ContestResult r = publishedPrize(c, SubjectKind.PARTICIPANT, staffId, "该人员在此竞赛中没有已公布的奖项");
        Staff s = em.find(Staff.class, staffId);
        return new Certificate(s.getName(), s.getUnit().getName(), c.getTitle(), r.getPrize().label(), c.getPublishedAt().toLocalDate(),
                false);
    }

    /** The subject's result when the contest is published and it won a prize; otherwise refused with {@code refusal}. */
    private ContestResult publishedPrize(Contest c, SubjectKind kind, long subjectId, String refusal) {
        ContestResult r = c == null ? null : ContestScoring.stored(em, c.getId(), kind, subjectId).orElse(null);
        if (r == null || r.getPrize() == null || !ContestSteps.certified(c.getStatus())) {
            throw new BusinessException(refusal);
        }
        return r;
    }
}
