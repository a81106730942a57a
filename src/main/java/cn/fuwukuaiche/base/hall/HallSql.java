package cn.fuwukuaiche.base.hall;

import jakarta.persistence.EntityManager;

/**
 * The transaction's hall for native SQL, which EclipseLink does not filter: every native query on a hall-owned
 * table names {@code hall_id} and binds this ({@code NativeQueryHallTest} fails for one that does not).
 */
public final class HallSql {

    private HallSql() {
    }

    /** The hall of {@code em}'s transaction; throws when it has none (fail closed). */
    public static long hall(EntityManager em) {
        Object hall = em.getProperties().get(HallContext.PROPERTY);
        if (hall == null) {
            throw new IllegalStateException("no hall in this transaction: run it for a hall (HallScope)");
        }
        return value(hall);
    }

    /** The property's value as a hall id (a number, or a string when set by a deployment descriptor). */
    static long value(Object hall) {
        return hall instanceof Number n ? n.longValue() : Long.parseLong(hall.toString().strip());
    }
}
