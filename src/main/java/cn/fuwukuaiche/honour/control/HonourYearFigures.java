package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.honour.entity.AwardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly report's honour figures (issue 19): 绩效公示 次 (public notices opened in the year, whatever came of
 * them), hall-wide; 流动红旗 (window-months awarded in the year and not revoked or withdrawn), per branch of the
 * window's unit (none: the general branch's own part). Evidence: the notice list and the flag page of the year.
 */
@HallBound
@ApplicationScoped
public class HonourYearFigures implements YearFigureSource {

    /** The awards a year's 流动红旗 figure counts (not revoked, not withdrawn); the flag page's year list shows the same. */
    public static final List<AwardStatus> COUNTED = List.of(AwardStatus.AWARDED, AwardStatus.ENDED);

    /** The flag page's route listing the awards behind one branch's figure ({@code branch=none}: awards of no branch). */
    public static String route(int year, Long branchId) {
        return "honour/flag?year=" + year + "&branch=" + (branchId == null ? "none" : branchId);
    }

    @PersistenceContext
    EntityManager em;

    @Override
    public List<YearFigure> figures(int year) {
        List<YearFigure> out = new ArrayList<>();
        long notices = em.createQuery("select count(n) from PublicNotice n where n.openedOn >= :f and n.openedOn < :t", Long.class)
                .setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year + 1, 1, 1)).getSingleResult();
        out.add(new YearFigure(YearItems.PERFORMANCE_NOTICES, null, notices, "honour/notices?year=" + year,
                year + "年 公示 " + notices + " 次"));
        List<Object[]> flags = em.createQuery("select a.branchId, count(a) from RedFlagAward a where a.periodYm >= :f and a.periodYm <= :t "
                        + "and a.status in :s group by a.branchId", Object[].class)
                .setParameter("f", year * 100 + 1).setParameter("t", year * 100 + 12)
                .setParameter("s", COUNTED).getResultList();
        for (Object[] r : flags) {
            long n = ((Number) r[1]).longValue();
            out.add(new YearFigure(YearItems.RED_FLAGS, (Long) r[0], n, route(year, (Long) r[0]), year + "年 流动红旗 " + n + " 次"));
        }
        if (flags.isEmpty()) {
            out.add(new YearFigure(YearItems.RED_FLAGS, null, 0, "honour/flag?year=" + year, year + "年 流动红旗 0 次"));
        }
        return out;
    }
}
