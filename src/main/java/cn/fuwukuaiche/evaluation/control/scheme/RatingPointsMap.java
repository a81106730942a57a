package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.base.rating.RatingLevel;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Points per rating level. Localities differ (one uses 10/8/6/3/0), so it is part of the scheme data,
 * not code.
 *
 * @param points points for every {@link RatingLevel}; all five must be present, none negative
 */
public record RatingPointsMap(Map<RatingLevel, BigDecimal> points) {

    public RatingPointsMap {
        Objects.requireNonNull(points, "points");
        EnumMap<RatingLevel, BigDecimal> copy = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            if (!points.containsKey(level)) {
                throw new IllegalArgumentException("评价折算分缺少“" + level.label() + "”一档");
            }
            copy.put(level, Points.nonNegative(points.get(level), "“" + level.label() + "”的折算分"));
        }
        points = Collections.unmodifiableMap(copy);
    }

    /** Points in the printed order 非常满意, 满意, 基本满意, 不满意, 非常不满意. */
    public static RatingPointsMap of(String verySatisfied, String satisfied, String basic, String dissatisfied,
                                     String veryDissatisfied) {
        EnumMap<RatingLevel, BigDecimal> m = new EnumMap<>(RatingLevel.class);
        m.put(RatingLevel.VERY_SATISFIED, new BigDecimal(verySatisfied));
        m.put(RatingLevel.SATISFIED, new BigDecimal(satisfied));
        m.put(RatingLevel.BASIC, new BigDecimal(basic));
        m.put(RatingLevel.DISSATISFIED, new BigDecimal(dissatisfied));
        m.put(RatingLevel.VERY_DISSATISFIED, new BigDecimal(veryDissatisfied));
        return new RatingPointsMap(m);
    }

    /** The 10/8/6/3/0 mapping found in a real locality's rules; a sensible default. */
    public static RatingPointsMap standard() {
        return of("10", "8", "6", "3", "0");
    }

    public BigDecimal pointsFor(RatingLevel level) {
        return points.get(level);
    }

    /**
     * Average points per rating, scale 2 HALF_UP. Null when there are no ratings: an average of nothing
     * is not 0, and showing 0 would read as "all ratings were 非常不满意".
     */
    public BigDecimal averagePoints(RatingCounts counts) {
        Objects.requireNonNull(counts, "counts");
        int total = counts.total();
        if (total == 0) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (RatingLevel level : RatingLevel.values()) {
            sum = sum.add(points.get(level).multiply(BigDecimal.valueOf(counts.count(level))));
        }
        return sum.divide(BigDecimal.valueOf(total), Points.SCALE, Points.ROUNDING);
    }

    /** "10/8/6/3/0", for explanations. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (RatingLevel level : RatingLevel.values()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(Points.fmt(points.get(level)));
        }
        return sb.toString();
    }
}
