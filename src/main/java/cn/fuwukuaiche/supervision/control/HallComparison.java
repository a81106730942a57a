package cn.fuwukuaiche.supervision.control;

import cn.fuwukuaiche.base.hall.HallContests;
import cn.fuwukuaiche.base.hall.HallFlags;
import cn.fuwukuaiche.base.hall.HallNetwork;
import cn.fuwukuaiche.base.hall.HallRatings;
import cn.fuwukuaiche.base.ranking.CompetitionRanking;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.ranking.TieBreaker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's comparison of halls, plain Java (table test {@code HallComparisonTest}):
 * <ul>
 *   <li>满意率 = (ratings − 差评) ÷ ratings × 100 and 差评率 = 差评 ÷ ratings × 100, one decimal, half up — as the halls'
 *       own 满意率 counts 基本满意 as satisfied; no ratings: no rate (null, shown "–"), never 0 %;</li>
 *   <li>the ranking of halls by the month's 满意率, higher first; equal rates share a place and the next place is
 *       skipped ("1224"); a hall without ratings that month takes no place and follows, by code;</li>
 *   <li>小事不出村 = cases handled at a village node ÷ cases handled, in percent; none handled: null.</li>
 * </ul>
 */
public final class HallComparison {

    private HallComparison() {
    }

    public record HallInfo(long id, String code, String name) {
    }

    /** @param rank 0 when the hall had no ratings that month (no place) */
    public record Row(HallInfo hall, int rank, boolean tied, int ratings, int bad, BigDecimal satisfactionPercent,
                      BigDecimal badPercent, HallFlags.FlagHolder flag, int stars, HallNetwork.Cases cases,
                      BigDecimal villagePercent, HallContests.Prizes prizes) {
    }

    /** One hall's 满意率 month by month (null where it had no ratings). */
    public record Trend(HallInfo hall, List<BigDecimal> percents) {
    }

    public record Result(YearMonth month, List<YearMonth> months, List<Row> rows, List<Trend> trends) {
    }

    /**
     * @param halls   in a stable order (by code): the order of ties and of halls without a place
     * @param tallies the halls' ratings from {@code month - (months - 1)} to {@code month}
     */
    public static Result compare(List<HallInfo> halls, YearMonth month, int months, List<HallRatings.MonthTally> tallies,
                                 Map<Long, HallFlags.FlagHolder> flags, Map<Long, Integer> stars,
                                 Map<Long, HallNetwork.Cases> cases, Map<Long, HallContests.Prizes> prizes) {
        List<YearMonth> span = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            span.add(month.minusMonths(i));
        }
        Map<Long, Map<YearMonth, HallRatings.MonthTally>> byHall = new HashMap<>();
        for (HallRatings.MonthTally t : tallies) {
            byHall.computeIfAbsent(t.hallId(), k -> new HashMap<>()).merge(t.month(), t,
                    (a, b) -> new HallRatings.MonthTally(a.hallId(), a.month(), a.ratings() + b.ratings(), a.bad() + b.bad()));
        }
        List<Row> unranked = new ArrayList<>();
        List<Trend> trends = new ArrayList<>();
        for (HallInfo h : halls) {
            Map<YearMonth, HallRatings.MonthTally> m = byHall.getOrDefault(h.id(), Map.of());
            HallRatings.MonthTally now = m.get(month);
            int ratings = now == null ? 0 : now.ratings();
            int bad = now == null ? 0 : now.bad();
            HallNetwork.Cases c = cases.getOrDefault(h.id(), HallNetwork.Cases.NONE);
            unranked.add(new Row(h, 0, false, ratings, bad, percent(ratings - bad, ratings), percent(bad, ratings),
                    flags.get(h.id()), stars.getOrDefault(h.id(), 0), c, percent(c.village(), c.handled()),
                    prizes.getOrDefault(h.id(), HallContests.Prizes.NONE)));
            List<BigDecimal> line = new ArrayList<>();
            for (YearMonth ym : span) {
                HallRatings.MonthTally t = m.get(ym);
                line.add(t == null ? null : percent(t.ratings() - t.bad(), t.ratings()));
            }
            trends.add(new Trend(h, java.util.Collections.unmodifiableList(line)));
        }
        List<Ranked<Row>> ranked = CompetitionRanking.rankParticipants(unranked, r -> r.satisfactionPercent() != null,
                List.of(TieBreaker.higherFirst("满意率", Row::satisfactionPercent)));
        List<Row> rows = ranked.stream().map(r -> new Row(r.item().hall(), r.rank(), r.tied(), r.item().ratings(), r.item().bad(),
                r.item().satisfactionPercent(), r.item().badPercent(), r.item().flag(), r.item().stars(), r.item().cases(),
                r.item().villagePercent(), r.item().prizes())).toList();
        return new Result(month, List.copyOf(span), rows, List.copyOf(trends));
    }

    /** A hall's name in the charts without the words every hall's name ends with (青山县政务服务中心 → 青山县). */
    public static String shortName(HallInfo hall) {
        String n = hall.name().replace("政务服务中心", "").strip();
        return n.isEmpty() ? hall.name() : n;
    }

    /** part ÷ whole × 100, one decimal, half up; null when whole is 0. */
    public static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
