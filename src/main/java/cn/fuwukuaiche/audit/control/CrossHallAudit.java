package cn.fuwukuaiche.audit.control;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.hall.CrossHallRefusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Audits a refused cross-hall access: the record looked up exists, but in another hall. In a transaction of its own,
 * so the line stays when the refused call rolls back (as a refusal does); in the audit of the hall that asked. The
 * lookup is a deliberate read across halls (native SQL naming {@code hall_id}) of one column: whether, and in which
 * hall, the row exists — nothing of the row reaches the caller.
 */
@Stateless
@PermitAll
public class CrossHallAudit implements CrossHallRefusal {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void lookedUp(String entity, String table, String column, Object value, long hall) {
        String t = table.toLowerCase();
        String c = column.toLowerCase();
        if (!NAME.matcher(t).matches() || !NAME.matcher(c).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + table + "." + column);
        }
        List<?> found = em.createNativeQuery("select id, hall_id from " + t + " where " + c + " = ? and hall_id <> ?")
                .setParameter(1, value).setParameter(2, hall).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return; // it does not exist at all: an ordinary "not found"
        }
        Object[] row = (Object[]) found.get(0);
        audit.event(AuditAction.REFUSED, entity, row[0], "拒绝跨中心访问：所查记录属于另一中心（中心编号 " + row[1] + "）", null, null);
    }
}
