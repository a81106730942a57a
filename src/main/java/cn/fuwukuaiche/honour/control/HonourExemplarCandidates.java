package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.honour.entity.AwardStatus;
import cn.fuwukuaiche.honour.entity.PostDesignation;
import cn.fuwukuaiche.honour.entity.RedFlagAward;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The flag's windows (standing awards) and the posts' holders (designations not revoked) as 行业标兵 candidates. */
@HallBound
@ApplicationScoped
public class HonourExemplarCandidates implements ExemplarCandidates {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Candidate> candidates() {
        List<Candidate> result = new ArrayList<>();
        Map<Long, List<RedFlagAward>> flags = em.createQuery("select a from RedFlagAward a where a.activeYm is not null "
                        + "order by a.periodYm", RedFlagAward.class).getResultList().stream()
                .collect(Collectors.groupingBy(RedFlagAward::getWindowId, LinkedHashMap::new, Collectors.toList()));
        flags.forEach((windowId, awards) -> {
            ServiceWindow w = em.find(ServiceWindow.class, windowId);
            result.add(new Candidate("WINDOW", windowId, w == null ? awards.get(0).getWindowLabel() : w.label(),
                    w == null ? null : w.label(), "流动红旗（" + awards.stream().map(RedFlagAward::monthLabel)
                    .collect(Collectors.joining("、")) + "）"));
        });
        Map<Long, List<PostDesignation>> posts = em.createQuery("select d from PostDesignation d where d.status in :st "
                        + "order by d.validFrom", PostDesignation.class)
                .setParameter("st", List.of(AwardStatus.AWARDED, AwardStatus.ENDED)).getResultList().stream()
                .collect(Collectors.groupingBy(PostDesignation::getStaffId, LinkedHashMap::new, Collectors.toList()));
        posts.forEach((staffId, ds) -> {
            Staff s = em.find(Staff.class, staffId);
            result.add(new Candidate("STAFF", staffId, s.getName(), s.getWindow() == null ? null : s.getWindow().label(),
                    ds.stream().map(d -> d.getKind().label()).distinct().collect(Collectors.joining("、"))));
        });
        return result;
    }
}
