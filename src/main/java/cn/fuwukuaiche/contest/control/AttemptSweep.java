package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.base.control.TimerTicks;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Auto-submission of attempts whose time ran out, with the answers saved so far: every minute by timer, and on
 * demand (in its own transaction) when a late save or submission is refused, so the refusal's rollback does not
 * undo the auto-submission.
 */
@Stateless
@PermitAll
public class AttemptSweep {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    TimerTicks ticks;

    /** Every minute, on one node of a cluster. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (ticks.claim("contest.attempt-sweep")) {
            HallScope.eachHall(this::sweep); // each hall in its own transaction (issue 23)
        }
    }

    public void sweep() {
        LocalDateTime cutoff = Times.now().minusSeconds(TimeLimit.GRACE_SECONDS);
        List<Attempt> due = em.createQuery("select a from Attempt a where a.submittedAt is null and a.deadlineAt < :t", Attempt.class)
                .setParameter("t", cutoff).getResultList();
        for (Attempt a : due) {
            finish(a);
        }
    }

    /** Auto-submits the attempt if it is still open (idempotent). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void autoSubmit(long attemptId) {
        Attempt a = em.find(Attempt.class, attemptId);
        if (a != null && !a.isSubmitted()) {
            finish(a);
        }
    }

    private void finish(Attempt a) {
        Contest c = em.find(Contest.class, a.getContestId());
        if (c.getKind() == ContestKind.TYPING) {
            // what was saved as typed counts, up to the deadline
            ContestScoring.finishTyping(c, a, Times.now(), true);
        } else {
            ContestScoring.finishKnowledge(em, a, true);
        }
        audit.event(AuditAction.SYSTEM, "竞赛答卷", a.getId(), "超时自动交卷：" + c.getTitle(), "工作人员编号 " + a.getStaffId(), null);
    }
}
