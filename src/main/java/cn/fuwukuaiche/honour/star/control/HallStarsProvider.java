package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.hall.ComparedHalls;
import cn.fuwukuaiche.base.hall.CrossHallReads;
import cn.fuwukuaiche.base.hall.HallStars;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link HallStars}: confirmed stars of the year grouped by person in one query, summed per hall in Java. Native SQL
 * so that it reads every covered hall (multitenancy filters JPQL only).
 */
@CrossHallReads("the supervisor's comparison: figures per compared hall")
@ApplicationScoped
public class HallStarsProvider implements HallStars {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Integer> confirmed(ComparedHalls scope, int year) {
        Map<Long, Integer> out = new HashMap<>();
        for (Object o : em.createNativeQuery("select staff_id, count(*) from star_award where status = ? "
                        + "and period_start >= ? and period_start < ? group by staff_id")
                .setParameter(1, StarAwardStatus.CONFIRMED.name()).setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year + 1, 1, 1)).getResultList()) {
            Object[] r = (Object[]) o;
            Long hall = scope.hallOfStaff(((Number) r[0]).longValue());
            if (hall != null) {
                out.merge(hall, ((Number) r[1]).intValue(), Integer::sum);
            }
        }
        return out;
    }
}
