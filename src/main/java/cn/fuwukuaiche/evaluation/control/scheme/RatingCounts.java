package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.base.rating.RatingLevel;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many ratings of each level a window (or person) received in the period, after upheld appeals
 * (申诉) have been taken out — the caller removes those, because an upheld appeal must not count.
 *
 * @param counts count per level; missing levels count as 0
 */
public record RatingCounts(Map<RatingLevel, Integer> counts) {

    private static final RatingLevel[] LEVELS = RatingLevel.values();

    public RatingCounts {
        Objects.requireNonNull(counts, "counts");
        EnumMap<RatingLevel, Integer> copy = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            Integer c = counts.get(level);
            int v = c == null ? 0 : c;
            if (v < 0) {
                throw new IllegalArgumentException(level.label() + "的评价次数不能为负数：" + v);
            }
            copy.put(level, v);
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** Counts in the order the levels are printed: 非常满意, 满意, 基本满意, 不满意, 非常不满意. */
    public static RatingCounts of(int verySatisfied, int satisfied, int basic, int dissatisfied,
                                  int veryDissatisfied) {
        EnumMap<RatingLevel, Integer> m = new EnumMap<>(RatingLevel.class);
        m.put(RatingLevel.VERY_SATISFIED, verySatisfied);
        m.put(RatingLevel.SATISFIED, satisfied);
        m.put(RatingLevel.BASIC, basic);
        m.put(RatingLevel.DISSATISFIED, dissatisfied);
        m.put(RatingLevel.VERY_DISSATISFIED, veryDissatisfied);
        return new RatingCounts(m);
    }

    public static RatingCounts none() {
        return of(0, 0, 0, 0, 0);
    }

    /**
     * The rows of a rating query grouped by month and level ({@code period_ym, rating_level, count}) as counts for
     * each month from {@code from} to {@code to}, in order; a month without rows counts none.
     */
    public static Map<YearMonth, RatingCounts> perMonth(List<?> rows, YearMonth from, YearMonth to) {
        Map<Integer, EnumMap<RatingLevel, Integer>> byPeriod = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byPeriod.computeIfAbsent(((Number) r[0]).intValue(), k -> new EnumMap<>(RatingLevel.class))
                    .put(RatingLevel.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        Map<YearMonth, RatingCounts> result = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            EnumMap<RatingLevel, Integer> c = byPeriod.get(SchemeMapper.period(m));
            result.put(m, c == null ? none() : new RatingCounts(c));
        }
        return result;
    }

    public int count(RatingLevel level) {
        return counts.get(level);
    }

    public int total() {
        int sum = 0;
        for (int c : counts.values()) { // a loop, not a stream: a ranking's tie-breakers ask this in every comparison
            sum += c;
        }
        return sum;
    }

    /** 差评 (不满意 + 非常不满意). */
    public int bad() {
        int sum = 0;
        for (RatingLevel level : LEVELS) {
            if (level.isBad()) {
                sum += counts.get(level);
            }
        }
        return sum;
    }

    /**
     * 满意率 in percent, scale 2 HALF_UP: (非常满意 + 满意 + 基本满意) ÷ all ratings × 100, so 基本满意
     * counts as satisfied, as in the national scheme. Null when there are no ratings, because "0%"
     * would brand a window that simply had no rated services as the worst.
     */
    public BigDecimal satisfactionRatePercent() {
        int total = total();
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf((long) (total - bad()) * 100)
                .divide(BigDecimal.valueOf(total), Points.SCALE, Points.ROUNDING);
    }
}
