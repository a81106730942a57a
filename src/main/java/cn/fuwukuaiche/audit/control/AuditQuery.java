package cn.fuwukuaiche.audit.control;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import cn.fuwukuaiche.base.hall.HallSql;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the audit trail: ADMIN and LEADER only, filtered by person, kind and date. */
@Stateless
// audit lies below security, so it names the two roles by their group names (ArchitectureTest checks them)
@RolesAllowed({"ADMIN", "LEADER"})
public class AuditQuery {

    /** Empty or null parts mean "any". {@code to} is inclusive. */
    public record Filter(String actor, AuditAction action, String entityType, LocalDate from, LocalDate to) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> find(Filter f, int offset, int limit) {
        TypedQuery<AuditEntry> q = query(f, "select a from AuditEntry a", " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Filter f) {
        return query(f, "select count(a) from AuditEntry a", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("a.hallId = :hall"); // the audit of one hall is not read in another (issue 23); no hall: fails
        params.put("hall", HallSql.hall(em));
        if (f.actor() != null && !f.actor().isBlank()) {
            where.add("a.actor like :actor");
            params.put("actor", "%" + f.actor().strip() + "%");
        }
        if (f.action() != null) {
            where.add("a.action = :action");
            params.put("action", f.action().name());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            where.add("a.entityType = :type");
            params.put("type", f.entityType());
        }
        if (f.from() != null) {
            where.add("a.occurredAt >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.add("a.occurredAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        params.forEach(q::setParameter);
        return q;
    }
}
