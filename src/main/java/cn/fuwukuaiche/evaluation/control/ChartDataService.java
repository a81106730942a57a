package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures for the evaluation charts, each one grouped query over the ratings (upheld appeals excluded): the
 * monthly satisfaction trend of the hall or of one window (within the caller's scope), and 差评 by unit.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class ChartDataService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssessmentCallers callers;

    @Inject
    OrgDirectory org;

    /** @param month the month; @param ratings how many; @param bad 差评; @param satisfactionPercent null without ratings */
    public record ChartTrendPoint(YearMonth month, int ratings, int bad, BigDecimal satisfactionPercent) {
    }

    /** @param unit the unit's short name; @param bad its 差评 that month; @param ratings all its ratings */
    public record ChartUnitBad(String unit, int bad, int ratings) {
    }

    /** @param id window id; @param label "A05 户籍业务" */
    public record ChartWindow(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Monthly 满意率 from {@code from} to {@code to}; for one window when {@code windowId} is given. */
    public List<ChartTrendPoint> satisfactionTrend(YearMonth from, YearMonth to, Long windowId) {
        if (from.isAfter(to) || from.plusMonths(36).isBefore(to)) {
            throw new BusinessException("月份范围无效（最多 36 个月）");
        }
        StringBuilder sql = new StringBuilder("select period_ym, rating_level, count(*) from rating "
                + "where hall_id = ? and period_ym >= ? and period_ym <= ? and excluded = false");
        if (windowId != null) {
            requireWindow(windowId);
            sql.append(" and window_id = ?");
        }
        sql.append(" group by period_ym, rating_level");
        Query q = em.createNativeQuery(sql.toString());
        q.setParameter(1, HallSql.hall(em));
        q.setParameter(2, SchemeMapper.period(from));
        q.setParameter(3, SchemeMapper.period(to));
        if (windowId != null) {
            q.setParameter(4, windowId);
        }
        List<ChartTrendPoint> points = new ArrayList<>();
        RatingCounts.perMonth(q.getResultList(), from, to).forEach((m, counts) ->
                points.add(new ChartTrendPoint(m, counts.total(), counts.bad(), counts.satisfactionRatePercent())));
        return points;
    }

    /** 差评 per stationed unit in the month, most first: the ratings grouped by window here, the windows' units from org. */
    public List<ChartUnitBad> badByUnit(YearMonth month) {
        List<?> rows = em.createNativeQuery("select r.window_id, "
                        + "sum(case when r.rating_level in ('DISSATISFIED', 'VERY_DISSATISFIED') then 1 else 0 end), count(*) "
                        + "from rating r where r.hall_id = ? and r.period_ym = ? and r.excluded = false and r.window_id is not null "
                        + "group by r.window_id")
                .setParameter(1, HallSql.hall(em)).setParameter(2, SchemeMapper.period(month)).getResultList();
        Map<Long, int[]> perWindow = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            perWindow.put(((Number) r[0]).longValue(), new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
        }
        record UnitKey(String name, String shortName, int displayOrder) {
        }
        Map<UnitKey, int[]> perUnit = new LinkedHashMap<>();
        for (ServiceWindow w : org.windowsByIds(perWindow.keySet())) {
            Unit u = w.getUnit();
            int[] counts = perWindow.get(w.getId());
            int[] sum = perUnit.computeIfAbsent(new UnitKey(u.getName(), u.getShortName(), u.getDisplayOrder()), k -> new int[2]);
            sum[0] += counts[0];
            sum[1] += counts[1];
        }
        return perUnit.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<UnitKey, int[]> e) -> -e.getValue()[0])
                        .thenComparingInt(e -> e.getKey().displayOrder()))
                .map(e -> new ChartUnitBad(e.getKey().shortName() == null || e.getKey().shortName().isBlank()
                        ? e.getKey().name() : e.getKey().shortName(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The windows whose trend the caller may see. */
    public List<ChartWindow> windows() {
        AssessmentScope scope = callers.scope();
        return org.windows().stream()
                .filter(w -> scope.canSee(w.branch() == null ? null : w.branch().getId(), w.getId()))
                .map(w -> new ChartWindow(w.getId(), w.label())).toList();
    }

    private void requireWindow(long windowId) {
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        if (w == null) {
            throw new BusinessException("该窗口不存在");
        }
        if (!callers.scope().canSee(w.branch() == null ? null : w.branch().getId(), windowId)) {
            throw new BusinessException("只能查看本人窗口或本支部窗口的趋势");
        }
    }
}
