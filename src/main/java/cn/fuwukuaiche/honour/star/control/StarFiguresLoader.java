package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.ranking.CompetitionRanking;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.ranking.TieBreaker;
import cn.fuwukuaiche.evaluation.control.StaffFigures;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;
import cn.fuwukuaiche.network.control.CaseFigures;
import cn.fuwukuaiche.org.control.OrgRows;
import cn.fuwukuaiche.security.control.StaffAccounts;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
        return OrgRows.activeStaffAtWindows(em).stream().map(r -> new StarPerson(r.staffId(), r.name(), r.windowId(), r.windowNo(),
                r.windowName(), r.unitName(), r.branchId())).toList();
    }

    public static Map<Long, StarFigures> load(EntityManager em, StarPeriod period, List<StarPerson> people, List<Prize> prizes) {
        List<Integer> months = period.periodYms();
        Map<Long, int[]> ratings = StaffFigures.ratings(em, months); // [total, bad]
        Set<Long> reviewed = StaffFigures.reviewed(em, months);
        Map<Long, int[]> sheet = StaffFigures.sheetTallies(em, months); // [discipline, attendance, complaints, overdue]
        Map<Long, int[]> cases = new HashMap<>(); // [handled, late], the handlers' accounts joined to their staff id
        Map<String, Long> staffOf = StaffAccounts.staffIdByUsername(em);
        CaseFigures.handledByActor(em, period.start(), period.end()).forEach((actor, c) -> {
            Long staffId = staffOf.get(actor);
            if (staffId != null) {
                int[] sum = cases.computeIfAbsent(staffId, k -> new int[2]);
                sum[0] += c[0];
                sum[1] += c[1];
            }
        });
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


}
