package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallSql;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluation's figures per staff member over some months, each one grouped query, for the areas above (honour's
 * stars): ratings (upheld appeals excluded) and the reviewed personal sheets (APPROVED or CONFIRMED, so the
 * secretary has checked them). Static over the caller's {@link EntityManager}, as the star loader is.
 */
public final class StaffFigures {

    private StaffFigures() {
    }

    /** Staff id → [rated, 差评] in the months. */
    public static Map<Long, int[]> ratings(EntityManager em, List<Integer> months) {
        Map<Long, int[]> ratings = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select staff_id, rating_level, count(*) from rating where hall_id = " + HallSql.hall(em) + " and staff_id is not null "
                + "and excluded = false and period_ym in (" + in(months) + ") group by staff_id, rating_level"))) {
            int[] c = ratings.computeIfAbsent(((Number) r[0]).longValue(), k -> new int[2]);
            int n = ((Number) r[2]).intValue();
            c[0] += n;
            String level = String.valueOf(r[1]);
            if (level.equals("DISSATISFIED") || level.equals("VERY_DISSATISFIED")) {
                c[1] += n;
            }
        }
        return ratings;
    }

    /** The staff with a reviewed personal sheet in the months. */
    public static Set<Long> reviewed(EntityManager em, List<Integer> months) {
        Set<Long> reviewed = new HashSet<>();
        for (Object id : em.createNativeQuery("select distinct staff_id from monthly_assessment where hall_id = " + HallSql.hall(em) + " and subject_kind = 'STAFF' "
                + "and status in ('APPROVED','CONFIRMED') and period_ym in (" + in(months) + ")").getResultList()) {
            reviewed.add(((Number) id).longValue());
        }
        return reviewed;
    }

    /** Staff id → [discipline deductions, attendance deductions, complaints (vetoes), overdue] on the reviewed sheets. */
    public static Map<Long, int[]> sheetTallies(EntityManager em, List<Integer> months) {
        Map<Long, int[]> sheet = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select a.staff_id, e.rule_code, e.tally, r.rule_kind, r.item_code "
                + "from monthly_assessment a join assessment_entry e on e.assessment_id = a.id "
                + "join scheme_rule r on r.scheme_version_id = a.scheme_version_id and r.code = e.rule_code "
                + "where a.hall_id = " + HallSql.hall(em) + " and a.subject_kind = 'STAFF' and a.status in ('APPROVED','CONFIRMED') and a.period_ym in (" + in(months) + ")"))) {
            int[] c = sheet.computeIfAbsent(((Number) r[0]).longValue(), k -> new int[4]);
            String code = String.valueOf(r[1]);
            int tally = ((Number) r[2]).intValue();
            String kind = String.valueOf(r[3]);
            String item = r[4] == null ? "" : String.valueOf(r[4]);
            if (kind.equals("DEDUCTION") && item.equals("DISCIPLINE")) {
                c[0] += tally;
            }
            if (kind.equals("DEDUCTION") && item.equals("ATTENDANCE")) {
                c[1] += tally;
            }
            if (kind.equals("VETO")) {
                c[2] += tally;
            }
            if (code.equals("OVERDUE")) {
                c[3] += tally;
            }
        }
        return sheet;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    private static String in(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
