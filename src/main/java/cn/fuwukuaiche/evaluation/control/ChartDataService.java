package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
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
                + "where period_ym >= ? and period_ym <= ? and excluded = false");
        if (windowId != null) {
            requireWindow(windowId);
            sql.append(" and window_id = ?");
        }
        sql.append(" group by period_ym, rating_level");
        Query q = em.createNativeQuery(sql.toString());
        q.setParameter(1, SchemeMapper.period(from));
        q.setParameter(2, SchemeMapper.period(to));
        if (windowId != null) {
            q.setParameter(3, windowId);
        }
        List<ChartTrendPoint> points = new ArrayList<>();
        RatingCounts.perMonth(q.getResultList(), from, to).forEach((m, counts) ->
                points.add(new ChartTrendPoint(m, counts.total(), counts.bad(), counts.satisfactionRatePercent())));
        return points;
    }

    /** 差评 per stationed unit in the month, most first. */
    public List<ChartUnitBad> badByUnit(YearMonth month) {
        List<?> rows = em.createNativeQuery("select u.name, u.short_name, u.display_order, "
                        + "sum(case when r.rating_level in ('DISSATISFIED', 'VERY_DISSATISFIED') then 1 else 0 end), count(*) "
                        + "from rating r join service_window w on w.id = r.window_id join stationed_unit u on u.id = w.unit_id "
                        + "where r.period_ym = ? and r.excluded = false group by u.name, u.short_name, u.display_order "
                        + "order by 4 desc, u.display_order")
                .setParameter(1, SchemeMapper.period(month)).getResultList();
        List<ChartUnitBad> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String unit = r[1] == null || r[1].toString().isBlank() ? (String) r[0] : (String) r[1];
            result.add(new ChartUnitBad(unit, ((Number) r[3]).intValue(), ((Number) r[4]).intValue()));
        }
        return result;
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
