package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.entity.ApprovalState;
import cn.fuwukuaiche.network.entity.ApprovalTask;
import cn.fuwukuaiche.network.entity.TaskAnswer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Records durably that unanswered approval tasks past their deadline are deemed to agree (视为同意), with
 * an audit line by the system. Called by the hourly timer and whenever a project is read or finished;
 * idempotent, and it only records what the rules say is already so, hence open to every caller.
 */
@Stateless
@PermitAll
public class DeemedAgreement {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    NetworkSettingsService settings;

    /** Every due task of every unfinished project; returns how many were recorded. */
    public int recordDue() {
        return record(em.createQuery("select t from ApprovalTask t where t.answer is null and t.deadline < :today"
                        + " and t.approval.state = :review", ApprovalTask.class)
                .setParameter("today", Times.today()).setParameter("review", ApprovalState.IN_REVIEW).getResultList());
    }

    /** The due tasks of one project. */
    public int recordDue(long approvalId) {
        return record(em.createQuery("select t from ApprovalTask t where t.answer is null and t.deadline < :today"
                        + " and t.approval.id = :id and t.approval.state = :review", ApprovalTask.class)
                .setParameter("today", Times.today()).setParameter("id", approvalId)
                .setParameter("review", ApprovalState.IN_REVIEW).getResultList());
    }

    private int record(List<ApprovalTask> candidates) {
        if (candidates.isEmpty() || !settings.current().isDeemedAgree()) {
            return 0;
        }
        LocalDate today = Times.today();
        LocalDateTime now = Times.now();
        int n = 0;
        for (ApprovalTask t : candidates) {
            if (!ApprovalRules.dueForDeemedAgreement(t.getAnswer(), t.getDeadline(), today, true)) {
                continue;
            }
            var before = t.auditState();
            t.setAnswer(TaskAnswer.DEEMED_AGREE);
            t.setDeemed(true);
            t.setAnsweredAt(now);
            t.setAnsweredBy(AuditService.SYSTEM);
            t.setAnsweredByName(AuditService.SYSTEM);
            t.setComment("窗口在审批期限 " + Times.format(t.getDeadline()) + " 前未答复，按规定视为同意");
            n++;
            audit.event(AuditAction.DECISION, t.auditType(), t.getId(), "超时视为同意：" + t.auditLabel(),
                    String.join("\n", cn.fuwukuaiche.audit.control.Changes.diff(before, t.auditState())),
                    "审批期限已过，系统按“超时默认同意”设置记录");
        }
        em.flush();
        return n;
    }
}
