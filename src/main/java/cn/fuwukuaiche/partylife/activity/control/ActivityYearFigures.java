package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly report's figures from 创先争优 activities ({@link YearFigureSource}), per branch (every branch, 0 when it
 * has none): 下基层 人次 and 天 of 领导干部 and 干部职工, 公开承诺办实事 项 and 已完成, 交心谈心 次 ({@link ActivityFigures}). Each
 * figure leads to the activity list filtered by year, kind and branch. One grouped query for the year.
 */
@HallBound
@ApplicationScoped
public class ActivityYearFigures implements YearFigureSource {

    public static final String ROUTE = "party-life/activities";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Override
    public List<YearFigure> figures(int year) {
        List<ActivityFigures.Row> rows = rows(em, year);
        Map<Long, String> branches = org.branchNames();
        Map<Long, Map<String, Long>> by = ActivityFigures.byBranch(rows, branches.keySet());
        List<YearFigure> out = new ArrayList<>();
        by.forEach((branch, items) -> items.forEach((item, value) -> {
            ActivityKind kind = kindOf(item);
            String route = ROUTE + "?year=" + year + "&kind=" + kind.name() + "&branch=" + branch + "&item=" + item;
            out.add(new YearFigure(item, branch, value, route, year + "年 " + branches.getOrDefault(branch, "#" + branch) + " "
                    + label(item) + " " + value + " " + unit(item)));
        }));
        return out;
    }

    /** The year's activities as rows: one grouped query (activity × leader flag → participants). */
    static List<ActivityFigures.Row> rows(EntityManager em, int year) {
        List<Object[]> raw = em.createQuery("select a.id, a.branchId, a.kind, a.visitDays, a.pledgeResult, p.leader, count(p.staffId) "
                        + "from Activity a left join a.participants p where a.heldOn >= :f and a.heldOn < :t "
                        + "group by a.id, a.branchId, a.kind, a.visitDays, a.pledgeResult, p.leader", Object[].class)
                .setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year + 1, 1, 1)).getResultList();
        Map<Long, ActivityFigures.Row> rows = new LinkedHashMap<>();
        for (Object[] r : raw) {
            long id = (Long) r[0];
            boolean leader = Boolean.TRUE.equals(r[5]);
            int n = r[6] == null ? 0 : ((Number) r[6]).intValue();
            ActivityFigures.Row old = rows.get(id);
            int leaders = (old == null ? 0 : old.leaders()) + (leader ? n : 0);
            int staff = (old == null ? 0 : old.staff()) + (leader ? 0 : n);
            rows.put(id, new ActivityFigures.Row(id, (Long) r[1], (ActivityKind) r[2], (Integer) r[3], (PledgeResult) r[4], leaders, staff));
        }
        return new ArrayList<>(rows.values());
    }

    static ActivityKind kindOf(String item) {
        return switch (item) {
            case YearItems.PLEDGES, YearItems.PLEDGES_DONE -> ActivityKind.PLEDGE;
            case YearItems.HEART_TALKS -> ActivityKind.HEART_TALK;
            default -> ActivityKind.VISIT;
        };
    }

    public static String label(String item) {
        return switch (item) {
            case YearItems.VISITS_BY_LEADERS -> "领导干部下基层";
            case YearItems.VISIT_DAYS_BY_LEADERS -> "领导干部下基层天数";
            case YearItems.VISITS_BY_STAFF -> "干部职工下基层";
            case YearItems.VISIT_DAYS_BY_STAFF -> "干部职工下基层天数";
            case YearItems.PLEDGES -> "公开承诺办实事";
            case YearItems.PLEDGES_DONE -> "公开承诺办实事已完成";
            case YearItems.HEART_TALKS -> "交心谈心";
            default -> item;
        };
    }

    public static String unit(String item) {
        return switch (item) {
            case YearItems.VISITS_BY_LEADERS, YearItems.VISITS_BY_STAFF -> "人次";
            case YearItems.VISIT_DAYS_BY_LEADERS, YearItems.VISIT_DAYS_BY_STAFF -> "天";
            case YearItems.PLEDGES, YearItems.PLEDGES_DONE -> "项";
            default -> "次";
        };
    }
}
