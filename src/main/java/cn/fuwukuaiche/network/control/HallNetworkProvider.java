package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.HallNetwork;
import cn.fuwukuaiche.base.hall.ComparedHalls;
import cn.fuwukuaiche.base.hall.CrossHallReads;
import cn.fuwukuaiche.network.entity.NodeLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link HallNetwork}: the month's cases grouped by the hall of the node they were entrusted at and the level of the
 * node that handled them, in one query ({@code service_node.hall_id}, V181). Native SQL so that it reads every covered
 * hall (multitenancy filters JPQL only).
 */
@CrossHallReads("the supervisor's comparison: figures per compared hall")
@ApplicationScoped
public class HallNetworkProvider implements HallNetwork {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Cases> cases(ComparedHalls scope, YearMonth month) {
        Map<Long, int[]> sums = new HashMap<>();
        for (Object o : em.createNativeQuery("select n.hall_id, h.node_level, count(*) from service_case c "
                        + "join service_node n on n.id = c.origin_node_id left join service_node h on h.id = c.handled_node_id "
                        + "where c.entrusted_at >= ? and c.entrusted_at < ? group by n.hall_id, h.node_level")
                .setParameter(1, month.atDay(1).atStartOfDay()).setParameter(2, month.plusMonths(1).atDay(1).atStartOfDay())
                .getResultList()) {
            Object[] r = (Object[]) o;
            long hall = ((Number) r[0]).longValue();
            if (!scope.hallIds().contains(hall)) {
                continue;
            }
            int n = ((Number) r[2]).intValue();
            int[] s = sums.computeIfAbsent(hall, k -> new int[4]);
            s[0] += n;
            if (r[1] != null) {
                s[1 + switch (NodeLevel.valueOf((String) r[1])) {
                    case VILLAGE -> 0;
                    case TOWNSHIP -> 1;
                    case COUNTY -> 2;
                }] += n;
            }
        }
        Map<Long, Cases> out = new HashMap<>();
        sums.forEach((hall, s) -> out.put(hall, new Cases(s[0], s[1], s[2], s[3])));
        return out;
    }
}
