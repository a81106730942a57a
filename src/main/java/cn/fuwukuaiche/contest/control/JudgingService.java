package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.JudgeScore;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * The judges' scores of a judged contest (评委评分, {@code ContestKind.OTHER}): per participant, or per team (window) in
 * team mode, per round and judge; a change after closing recomputes the stored results. Nobody scores himself.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class JudgingService {

    @Inject
    cn.fuwukuaiche.security.control.SelfDecisionGuard self;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory orgs;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    /** The teams (windows) of a team contest, for the judges' form. */
    public List<ServiceWindow> teams(long contestId) {
        return orgs.windowsByIds(em.createQuery("select distinct p.windowId from Participant p where p.contestId = :c "
                + "and p.windowId is not null", Long.class).setParameter("c", contestId).getResultList());
    }

    /** A judge's score for a team (window) in a round of a judged team contest. */
    public void saveTeamScore(long contestId, long windowId, int round, BigDecimal score) {
        Contest c = em.find(Contest.class, contestId);
        if (c == null || c.getKind() != ContestKind.OTHER || !c.isTeamMode()) {
            throw new BusinessException("只有以窗口为团队的评委评分类竞赛可以为团队评分");
        }
        checkJudging(c, round, score);
        if (em.createQuery("select p.id from Participant p where p.contestId = :c and p.windowId = :w", Long.class)
                .setParameter("c", contestId).setParameter("w", windowId).setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessException("team", "该窗口不是参赛团队");
        }
        Stored t = store(c, SubjectKind.TEAM, windowId, round, score);
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        audit.event(AuditAction.UPDATE, "竞赛团队评分", t.score().getId(), "评分：" + c.getTitle() + " " + w.getWindowNo() + " " + w.getName()
                + " 第" + round + "轮", t.change(score), null);
    }

    private static void checkJudging(Contest c, int round, BigDecimal score) {
        if (!ContestSteps.judgeable(c.getStatus())) {
            throw new BusinessException("竞赛进行中或结束后、公布成绩前才能录入评分");
        }
        if (round < 1 || round > c.getRounds()) {
            throw new BusinessException("round", "轮次须在 1–" + c.getRounds() + " 之间");
        }
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessException("score", "评分须在 0–100 之间");
        }
    }

    public void saveJudgeScore(long contestId, long staffId, int round, BigDecimal score) {
        self.check(cn.fuwukuaiche.security.control.ConflictOfInterest.Step.CONTEST_SCORE, staffId);
        Contest c = em.find(Contest.class, contestId);
        if (c == null || c.getKind() != ContestKind.OTHER) {
            throw new BusinessException("只有评委评分类竞赛可以录入评分");
        }
        if (c.isTeamMode()) {
            throw new BusinessException("该竞赛以窗口为团队，请为团队评分");
        }
        checkJudging(c, round, score);
        if (em.createQuery("select p.id from Participant p where p.contestId = :c and p.staffId = :s", Long.class)
                .setParameter("c", contestId).setParameter("s", staffId).getResultList().isEmpty()) {
            throw new BusinessException("staff", "该人员不是参赛人员");
        }
        Stored j = store(c, SubjectKind.PARTICIPANT, staffId, round, score);
        audit.event(AuditAction.UPDATE, "竞赛评分", j.score().getId(), "评分：" + c.getTitle() + " " + em.find(Staff.class, staffId).getName()
                + " 第" + round + "轮", j.change(score), null);
    }

    /** A score as stored, and the score it had before ({@code null} when new). */
    private record Stored(JudgeScore score, String old) {
        String change(BigDecimal now) {
            return (old == null ? "" : old + " → ") + now.toPlainString();
        }
    }

    /**
     * The caller's score for the subject in the round, new or changed; a closed contest's stored results follow at once.
     */
    private Stored store(Contest c, SubjectKind kind, long subjectId, int round, BigDecimal score) {
        String judge = context.getCallerPrincipal().getName();
        JudgeScore j = em.createQuery("select j from JudgeScore j where j.contestId = :c and j.subjectKind = :k and j.subjectId = :s "
                        + "and j.roundNo = :r and j.judge = :j", JudgeScore.class).setParameter("c", c.getId()).setParameter("k", kind)
                .setParameter("s", subjectId).setParameter("r", round).setParameter("j", judge).getResultStream().findFirst().orElse(null);
        String old = j == null ? null : j.getScore().toPlainString();
        if (j == null) {
            j = new JudgeScore(c.getId(), kind, subjectId, round, judge, score);
            em.persist(j);
        } else {
            j.setScore(score);
        }
        em.flush();
        if (c.getStatus() == ContestStatus.CLOSED) {
            ContestScoring.storeResults(em, c);
        }
        return new Stored(j, old);
    }
}
