package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.hall.HallFlags;
import cn.fuwukuaiche.base.hall.ComparedHalls;
import cn.fuwukuaiche.base.hall.CrossHallReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link HallFlags}: one query over the standing 流动红旗 awards (ordered by month), the latest per hall kept in Java.
 * Native SQL so that it reads every covered hall whatever the caller's hall is (multitenancy filters JPQL only); with
 * a {@code hall_id} on the award it can say {@code where hall_id in (…)}.
 */
@CrossHallReads("the supervisor's comparison: figures per compared hall")
@ApplicationScoped
public class HallFlagsProvider implements HallFlags {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, FlagHolder> holders(ComparedHalls scope) {
        List<?> rows = em.createNativeQuery("select window_id, period_ym, window_label from red_flag_award "
                + "where active_ym is not null order by period_ym").getResultList();
        Map<Long, FlagHolder> out = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long windowId = ((Number) r[0]).longValue();
            Long hall = scope.hallOfWindow(windowId);
            if (hall != null) {
                int ym = ((Number) r[1]).intValue();
                out.put(hall, new FlagHolder(hall, YearMonth.of(ym / 100, ym % 100), windowId, (String) r[2]));
            }
        }
        return out;
    }
}
