package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.honour.control.ExemplarCandidates;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The star holders (confirmed, not revoked) as 行业标兵 candidates, for the honour module's {@code ExemplarService}. */
@HallBound
@ApplicationScoped
public class StarExemplarCandidates implements ExemplarCandidates {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Candidate> candidates() {
        Map<Long, List<StarAward>> byStaff = em.createQuery("select a from StarAward a join fetch a.staff left join fetch a.window "
                        + "where a.status = :c order by a.periodStart", StarAward.class)
                .setParameter("c", StarAwardStatus.CONFIRMED).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.getStaff().getId(), LinkedHashMap::new, Collectors.toList()));
        List<Candidate> out = new ArrayList<>();
        byStaff.forEach((id, awards) -> {
            StarAward first = awards.get(0);
            String basis = awards.stream().collect(Collectors.groupingBy(a -> a.getStar().label(), LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining("、"));
            out.add(new Candidate("STAFF", id, first.getStaff().getName(), first.getWindow() == null ? null : first.getWindow().label(), basis));
        });
        return out;
    }
}
