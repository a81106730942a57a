package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.partylife.report.entity.YearReportPart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures the record knows for a year, from every {@link YearFigureSource} deployed (an area not deployed leaves
 * its items to be typed). A figure without a branch belongs to the general branch's own part
 * ({@link YearReportPart#GENERAL}); two figures of the same item and branch add up (their evidence is the first's).
 */
@ApplicationScoped
public class RecordFigures {

    @Inject
    @Any
    Instance<YearFigureSource> sources;

    /** What the record says for a year. */
    public record Known(Set<String> codes, Map<Long, Map<String, YearFigure>> byBranch) {

        /** The figure of an item the record knows for a part (0 when the record has none for that branch). */
        public YearFigure figure(long branchId, String code) {
            YearFigure f = byBranch.getOrDefault(branchId, Map.of()).get(code);
            return f != null ? f : new YearFigure(code, branchId == YearReportPart.GENERAL ? null : branchId, 0, "", "记录中没有");
        }
    }

    public Known of(int year) {
        Set<String> codes = new HashSet<>();
        Map<Long, Map<String, YearFigure>> byBranch = new HashMap<>();
        for (YearFigureSource s : sources) {
            List<YearFigure> figures = s.figures(year);
            for (YearFigure f : figures) {
                codes.add(f.item());
                long b = f.branchId() == null ? YearReportPart.GENERAL : f.branchId();
                byBranch.computeIfAbsent(b, k -> new HashMap<>()).merge(f.item(), f, (a, c) ->
                        new YearFigure(a.item(), a.branchId(), a.value() + c.value(), a.evidenceRoute(), a.evidence()));
            }
        }
        return new Known(codes, byBranch);
    }
}
