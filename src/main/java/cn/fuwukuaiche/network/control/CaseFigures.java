package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.HallSql;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Network's figures per handler for the areas above (honour's stars), one grouped query over the HANDLE steps.
 * Keyed by the acting username: which staff member an account is, security knows. Static over the caller's
 * {@link EntityManager}, as the star loader is.
 */
public final class CaseFigures {

    private CaseFigures() {
    }

    /** Username → [cases handled, of which handled after the deadline] for HANDLE steps from {@code start} to {@code end}. */
    public static Map<String, int[]> handledByActor(EntityManager em, LocalDate start, LocalDate end) {
        Map<String, int[]> cases = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select st.actor, count(*), sum(case when c.deadline is not null and "
                        + "cast(c.handled_at as date) > c.deadline then 1 else 0 end) from service_case_step st "
                        + "join service_case c on c.id = st.case_id "
                        + "where st.hall_id = ? and st.step = 'HANDLE' and st.actor is not null and st.occurred_at >= ? "
                        + "and st.occurred_at < ? group by st.actor")
                .setParameter(1, HallSql.hall(em)).setParameter(2, start.atStartOfDay())
                .setParameter(3, end.plusDays(1).atStartOfDay()).getResultList();
        for (Object[] r : rows) {
            cases.put((String) r[0], new int[] {((Number) r[1]).intValue(), r[2] == null ? 0 : ((Number) r[2]).intValue()});
        }
        return cases;
    }
}
