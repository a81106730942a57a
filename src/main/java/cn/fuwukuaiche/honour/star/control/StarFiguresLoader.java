package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.ranking.CompetitionRanking;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.ranking.TieBreaker;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every active window staff member's figures for a period in a handful of grouped queries: ratings
 * (upheld appeals excluded), reviewed personal assessment sheets (APPROVED or CONFIRMED, so the secretary has
 * checked them), network cases the person handled, and the contest prizes handed in by the caller (from
 * {@code StarMappingService.starCandidates}, so the prize → star mapping stays the contest module's).
 */
public final class StarFiguresLoader {

    /** A contest prize that maps to a star, as the contest module reports it. */
    public record Prize(long staffId, String star, String contestTitle, String prize) {
    }

    private StarFiguresLoader() {
    }

    public static List<StarPerson> people(EntityManager em) {
        List<Object[]> rows = em.createQuery("select s.id, s.name, w.id, w.windowNo, w.name, u.name, b.id from Staff s "
                + "join s.window w join w.unit u left join u.branch b where s.active = true order by w.windowNo, s.staffNo",
                Object[].class).getResultList();
        return rows.stream().map(r -> new StarPerson((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (String) r[4],
                (String) r[5], (Long) r[6])).toList();
    }

    public static Map<Long, StarFigures> load(EntityManager em, StarPeriod period, List<StarPerson> people, List<Prize> prizes) {
        List<Integer> months = period.periodYms();
        Map<Long, int[]> ratings = new HashMap<>(); // [total, bad]
        for (Object[] r : rows(em.createNativeQuery("select staff_id, rating_level, count(*) from rating where staff_id is not null "
                + "and excluded = false and period_ym in (" + in(months) + ") group by staff_id, rating_level"))) {
            int[] c = ratings.computeIfAbsent(((Number) r[0]).longValue(), k -> new int[2]);
            int n = ((Number) r[2]).intValue();
            c[0] += n;
            String level = String.valueOf(r[1]);
            if (level.equals("DISSATISFIED") || level.equals("VERY_DISSATISFIED")) {
                c[1] += n;
            }
        }
        Set<Long> reviewed = new HashSet<>();
        for (Object id : em.createNativeQuery("select distinct staff_id from monthly_assessment where subject_kind = 'STAFF' "
                + "and status in ('APPROVED','CONFIRMED') and period_ym in (" + in(months) + ")").getResultList()) {
            reviewed.add(((Number) id).longValue());
        }
        Map<Long, int[]> sheet = new HashMap<>(); // [discipline, attendance, complaints, overdue]
        for (Object[] r : rows(em.createNativeQuery("select a.staff_id, e.rule_code, e.tally, r.rule_kind, r.item_code "
                + "from monthly_assessment a join assessment_entry e on e.assessment_id = a.id "
                + "join scheme_rule r on r.scheme_version_id = a.scheme_version_id and r.code = e.rule_code "
                + "where a.subject_kind = 'STAFF' and a.status in ('APPROVED','CONFIRMED') and a.period_ym in (" + in(months) + ")"))) {
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
        Map<Long, int[]> cases = new HashMap<>(); // [handled, late]
        for (Object[] r : rows(em.createNativeQuery("select u.staff_id, count(*), sum(case when c.deadline is not null and "
                        + "cast(c.handled_at as date) > c.deadline then 1 else 0 end) from service_case_step st "
                        + "join service_case c on c.id = st.case_id join app_user u on u.username = st.actor "
                        + "where st.step = 'HANDLE' and u.staff_id is not null and st.occurred_at >= ? and st.occurred_at < ? "
                        + "group by u.staff_id")
                .setParameter(1, period.start().atStartOfDay()).setParameter(2, period.end().plusDays(1).atStartOfDay()))) {
            cases.put(((Number) r[0]).longValue(), new int[] {((Number) r[1]).intValue(), r[2] == null ? 0 : ((Number) r[2]).intValue()});
        }
        Map<Long, Map<StarKind, Integer>> prizeCounts = new HashMap<>();
        Map<Long, Map<StarKind, List<String>>> prizeNotes = new HashMap<>();
        for (Prize p : prizes) {
            StarKind.byLabel(p.star()).ifPresent(k -> {
                prizeCounts.computeIfAbsent(p.staffId(), x -> new EnumMap<>(StarKind.class)).merge(k, 1, Integer::sum);
                prizeNotes.computeIfAbsent(p.staffId(), x -> new EnumMap<>(StarKind.class))
                        .computeIfAbsent(k, x -> new ArrayList<>()).add(p.contestTitle() + " " + p.prize());
            });
        }

        Map<Long, Integer> volume = new LinkedHashMap<>();
        for (StarPerson p : people) {
            int rated = ratings.getOrDefault(p.staffId(), new int[2])[0];
            int handled = cases.getOrDefault(p.staffId(), new int[2])[0];
            volume.put(p.staffId(), rated + handled);
        }
        Map<Long, Integer> rank = volumeRanks(volume);

        Map<Long, StarFigures> out = new LinkedHashMap<>();
        for (StarPerson p : people) {
            long id = p.staffId();
            Map<StarMetric, BigDecimal> f = new EnumMap<>(StarMetric.class);
            int[] r = ratings.getOrDefault(id, new int[2]);
            f.put(StarMetric.RATED_SERVICES, BigDecimal.valueOf(r[0]));
            f.put(StarMetric.BAD_RATINGS, BigDecimal.valueOf(r[1]));
            if (r[0] > 0) {
                f.put(StarMetric.SATISFACTION, BigDecimal.valueOf((long) (r[0] - r[1]) * 100)
                        .divide(BigDecimal.valueOf(r[0]), 2, RoundingMode.HALF_UP));
            }
            int[] c = cases.getOrDefault(id, new int[2]);
            f.put(StarMetric.SERVICE_VOLUME, BigDecimal.valueOf(volume.get(id)));
            if (volume.get(id) > 0) {
                f.put(StarMetric.VOLUME_RANK, BigDecimal.valueOf(rank.get(id)));
            }
            if (reviewed.contains(id)) {
                int[] s = sheet.getOrDefault(id, new int[4]);
                f.put(StarMetric.DISCIPLINE_DEDUCTIONS, BigDecimal.valueOf(s[0]));
                f.put(StarMetric.ATTENDANCE_DEDUCTIONS, BigDecimal.valueOf(s[1]));
                f.put(StarMetric.COMPLAINTS, BigDecimal.valueOf(s[2]));
                f.put(StarMetric.OVERDUE_CASES, BigDecimal.valueOf(s[3] + c[1]));
            }
            Map<StarKind, String> notes = new EnumMap<>(StarKind.class);
            prizeNotes.getOrDefault(id, Map.of()).forEach((k, v) -> notes.put(k, String.join("、", v)));
            out.put(id, new StarFigures(f, prizeCounts.getOrDefault(id, Map.of()), notes));
        }
        return out;
    }

    /** Standard competition ranks ("1224") by volume, larger first. */
    static Map<Long, Integer> volumeRanks(Map<Long, Integer> volume) {
        List<Map.Entry<Long, Integer>> items = new ArrayList<>(volume.entrySet());
        List<Ranked<Map.Entry<Long, Integer>>> ranked = CompetitionRanking.rank(items,
                List.of(TieBreaker.higherFirst("办件量", Map.Entry::getValue)));
        return ranked.stream().collect(Collectors.toMap(r -> r.item().getKey(), Ranked::rank));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    private static String in(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

}
