package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.org.control.OrgDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The yearly report's 发展党员 figures (face {@link YearFigureSource}), per branch: 发展预备党员 (审批 as 预备党员 in the
 * year) and 预备党员转正 (转正 approved in the year); the evidence is the branch's pipeline list for that year.
 */
@HallBound
@ApplicationScoped
public class PipelineYearFigures implements YearFigureSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Override
    public List<YearFigure> figures(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, String> names = org.branchNames();
        List<YearFigure> out = new ArrayList<>();
        add(out, YearItems.NEW_PROBATIONARY, PipelineFileService.YearEvent.PROBATIONARY, "select a.branchId, count(a) from MembershipApplication a "
                + "where a.approvedOn between :f and :l group by a.branchId", first, last, year, names);
        add(out, YearItems.PROBATION_CONFIRMED, PipelineFileService.YearEvent.FULL, "select a.branchId, count(a) from MembershipApplication a "
                + "where a.fullApprovedOn between :f and :l group by a.branchId", first, last, year, names);
        return out;
    }

    private void add(List<YearFigure> out, String item, PipelineFileService.YearEvent event, String jpql, LocalDate first, LocalDate last, int year,
                     Map<Long, String> names) {
        // every branch answers (0 where nobody was admitted or confirmed): a year without any would otherwise leave
        // the item to be typed, as if the pipeline were not deployed
        Map<Long, Long> counts = new java.util.TreeMap<>();
        names.keySet().forEach(b -> counts.put(b, 0L));
        for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("f", first).setParameter("l", last).getResultList()) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        counts.forEach((branch, n) -> out.add(new YearFigure(item, branch, n, "party-life/pipeline?year=" + year + "&branch=" + branch
                + "&event=" + event.name(), year + "年 " + names.getOrDefault(branch, "") + " " + event.label() + " " + n + " 人")));
    }
}
