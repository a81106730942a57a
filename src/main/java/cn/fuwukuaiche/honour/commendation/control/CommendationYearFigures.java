package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.honour.commendation.entity.CommendationStatus;
import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 表彰先进 of the yearly report (issue 19) from the year's approved 七一 commendation, entries not withdrawn, hall-wide:
 * a window is a 先进窗口 ({@link #COMMEND_WINDOW}); a person by the honour title ({@link #itemOf}). Evidence: the
 * commendation page of the year.
 */
@HallBound
@ApplicationScoped
public class CommendationYearFigures implements YearFigureSource {

    /** 其中表彰先进窗口 个: the report's own item (the 七一 list commends windows too). */
    public static final String COMMEND_WINDOW = "commend_window";

    @PersistenceContext
    EntityManager em;

    /** The report item a commended entry counts under: 党组织/支部 → 优秀党组织, 党务 → 优秀党务工作者, 党员 → 优秀党员, else 先进工作者. */
    public static String itemOf(SubjectKind kind, String title) {
        String t = title == null ? "" : title;
        if (kind == SubjectKind.WINDOW) {
            return COMMEND_WINDOW;
        }
        if (t.contains("党组织") || t.contains("支部")) {
            return YearItems.COMMEND_BRANCH;
        }
        if (t.contains("党务")) {
            return YearItems.COMMEND_PARTY_WORKER;
        }
        return t.contains("党员") ? YearItems.COMMEND_MEMBER : YearItems.COMMEND_WORKER;
    }

    /** Whether an entry of an approved list counts under a report item (not withdrawn, its title under that item). */
    public static boolean counts(String item, SubjectKind kind, String title, boolean withdrawn) {
        return !withdrawn && itemOf(kind, title).equals(item);
    }

    /** What the report calls an item, as the list's filter says it. */
    public static String label(String item) {
        return switch (item) {
            case YearItems.COMMEND_BRANCH -> "表彰优秀党组织";
            case YearItems.COMMEND_PARTY_WORKER -> "表彰优秀党务工作者";
            case YearItems.COMMEND_MEMBER -> "表彰优秀党员";
            case COMMEND_WINDOW -> "表彰先进窗口";
            default -> "表彰先进工作者";
        };
    }

    @Override
    public List<YearFigure> figures(int year) {
        List<Object[]> rows = em.createQuery("select e.subjectKind, e.title from CommendationEntry e where e.commendation.yearNo = :y "
                        + "and e.commendation.status = :s and e.withdrawnAt is null", Object[].class)
                .setParameter("y", year).setParameter("s", CommendationStatus.APPROVED).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String item : List.of(YearItems.COMMEND_BRANCH, YearItems.COMMEND_PARTY_WORKER, YearItems.COMMEND_MEMBER,
                YearItems.COMMEND_WORKER, COMMEND_WINDOW)) {
            counts.put(item, 0L);
        }
        rows.forEach(r -> counts.merge(itemOf((SubjectKind) r[0], (String) r[1]), 1L, Long::sum));
        List<YearFigure> out = new ArrayList<>();
        counts.forEach((item, n) -> out.add(new YearFigure(item, null, n, "commendation?year=" + year + "&item=" + item,
                year + "年 七一表彰 " + label(item) + " " + n)));
        return out;
    }
}
