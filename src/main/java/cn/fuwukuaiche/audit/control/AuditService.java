package cn.fuwukuaiche.audit.control;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.time.Times;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import cn.fuwukuaiche.base.hall.HallContext;
import cn.fuwukuaiche.base.hall.HallSql;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * The one way anything is written to the audit trail. It joins the caller's transaction, so a change
 * and its audit line commit or roll back together; the actor is the authenticated caller.
 * A service records a change in one line: {@code audit.updated(before, entity, reason)}.
 */
@Stateless
@PermitAll
public class AuditService {

    /** The actor recorded for work done by the system itself (startup, scheduled jobs). */
    public static final String SYSTEM = "系统";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public void created(Audited entity, String reason) {
        write(null, AuditAction.CREATE, entity.auditType(), entity.getId(), "新增" + entity.auditType() + " " + entity.auditLabel(),
                String.join("\n", Changes.describe(entity.auditState())), reason);
    }

    /** {@code before} is {@code entity.auditState()} taken before the change. */
    public void updated(Map<String, Object> before, Audited entity, String reason) {
        List<String> lines = Changes.diff(before, entity.auditState());
        write(null, AuditAction.UPDATE, entity.auditType(), entity.getId(), "修改" + entity.auditType() + " " + entity.auditLabel(),
                String.join("\n", lines), reason);
    }

    public void deleted(Audited entity, String reason) {
        write(null, AuditAction.DELETE, entity.auditType(), entity.getId(), "删除" + entity.auditType() + " " + entity.auditLabel(),
                String.join("\n", Changes.describe(entity.auditState())), reason);
    }

    /** Any other event: an award, a review, a login. */
    public void event(AuditAction action, String entityType, Object entityId, String summary, String details, String reason) {
        write(null, action, entityType, entityId, summary, details, reason);
    }

    /** An event whose actor is not the caller (a failed login names the account tried). */
    public void eventAs(String actor, AuditAction action, String entityType, Object entityId, String summary, String reason) {
        write(actor, action, entityType, entityId, summary, null, reason);
    }

    private void write(String actor, AuditAction action, String type, Object id, String summary, String changes, String reason) {
        String who = actor != null ? actor : caller();
        AuditEntry entry = new AuditEntry(Times.now(), who, action, type, id == null ? null : String.valueOf(id), summary,
                changes == null || changes.isBlank() ? null : changes, reason == null || reason.isBlank() ? null : reason.strip());
        Object hall = em.getProperties().get(HallContext.PROPERTY); // the hall this transaction works for, if any
        long hallId = hall == null ? HallContext.NO_HALL : HallSql.hall(em);
        entry.setHallId(hallId == HallContext.NO_HALL ? null : hallId); // a super admin's work belongs to no hall
        em.persist(entry);
    }

    private String caller() {
        Principal p = context.getCallerPrincipal();
        if (p == null || p.getName() == null || "ANONYMOUS".equalsIgnoreCase(p.getName())) {
            return SYSTEM;
        }
        return p.getName();
    }
}
