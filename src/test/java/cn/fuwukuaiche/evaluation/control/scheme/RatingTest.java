package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.base.rating.RatingLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Counts and points are written in the printed order 非常满意/满意/基本满意/不满意/非常不满意. */
class RatingTest {

    static RatingCounts counts(String s) {
        int[] c = Arrays.stream(s.split("/")).mapToInt(Integer::parseInt).toArray();
        return RatingCounts.of(c[0], c[1], c[2], c[3], c[4]);
    }

    static RatingPointsMap map(String s) {
        String[] p = s.split("/");
        return RatingPointsMap.of(p[0], p[1], p[2], p[3], p[4]);
    }

    @ParameterizedTest(name = "{0} 次，按 {1} 折算 → 平均 {2}")
    @CsvSource(nullValues = "null", value = {
            "20/5/3/1/1, 10/8/6/3/0, 8.70",    // (200 + 40 + 18 + 3 + 0) / 30 = 8.7
            "1/0/0/0/0,  10/8/6/3/0, 10.00",
            "0/0/0/0/1,  10/8/6/3/0, 0.00",
            "1/1/1/0/0,  10/8/6/3/0, 8.00",
            "2/0/0/1/0,  10/8/6/3/0, 7.67",    // 23 / 3 = 7.666… rounds half up
            "1/0/0/0/2,  10/8/6/3/0, 3.33",
            "1/1/1/1/1,  5/4/3/2/1,  3.00",    // another locality's map
            "0/1/0/1/0,  100/90/60/30/0, 60.00",
            "0/0/0/0/0,  10/8/6/3/0, null",    // no ratings: no average, not 0
    })
    void average_points(String counts, String map, BigDecimal expected) {
        assertEquals(expected, map(map).averagePoints(counts(counts)));
    }

    @ParameterizedTest(name = "{0} → 满意率 {1}%")
    @CsvSource(nullValues = "null", value = {
            "20/5/3/1/1, 93.33",   // 28 / 30
            "1/0/0/0/0,  100.00",
            "0/0/1/0/0,  100.00",  // 基本满意 counts as satisfied
            "0/0/0/1/1,  0.00",
            "2/0/0/0/1,  66.67",   // 2 / 3 rounds half up
            "0/0/0/0/0,  null",
    })
    void satisfaction_rate(String counts, BigDecimal expected) {
        assertEquals(expected, counts(counts).satisfactionRatePercent());
    }

    @ParameterizedTest
    @CsvSource({"20/5/3/1/1, 30, 2", "0/0/0/0/0, 0, 0", "0/0/0/4/6, 10, 10"})
    void totals_and_bad(String counts, int total, int bad) {
        assertEquals(total, counts(counts).total());
        assertEquals(bad, counts(counts).bad());
    }

    @ParameterizedTest
    @EnumSource(RatingLevel.class)
    void only_the_two_lowest_levels_are_bad(RatingLevel level) {
        assertEquals(level == RatingLevel.DISSATISFIED || level == RatingLevel.VERY_DISSATISFIED, level.isBad());
    }

    @ParameterizedTest
    @CsvSource({
            "VERY_SATISFIED, 非常满意", "SATISFIED, 满意", "BASIC, 基本满意",
            "DISSATISFIED, 不满意", "VERY_DISSATISFIED, 非常不满意",
    })
    void labels(RatingLevel level, String label) {
        assertEquals(label, level.label());
    }

    @ParameterizedTest(name = "{0} + {1} + {2} → {3}")
    @CsvSource({
            "0.4, 0.3, 0.3, 90, 80, 70, 81.00",
            "0.5, 0.25, 0.25, 95, 90, 85, 91.25",
            "0.34, 0.33, 0.33, 100, 100, 100, 100.00",
    })
    void three_evaluations_combine_by_weight(String pw, String peer, String org, BigDecimal a, BigDecimal b,
                                              BigDecimal c, BigDecimal expected) {
        assertEquals(expected, ThreeByThreeWeights.of(pw, peer, org).combine(a, b, c));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.4 | 0.3 | 0.2  | 三评权重之和必须为 1，现为 0.9",
            "0.5 | 0.5 | 0.01 | 三评权重之和必须为 1，现为 1.01",
            "1.2 | 0   | -0.2 | 组织评权重不能为负数",
    })
    void weights_must_sum_to_one(String pw, String peer, String org, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThreeByThreeWeights.of(pw, peer, org));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10/-8/6/3/0 | “满意”的折算分不能为负数：-8",
            "10/8/6.125/3/0 | “基本满意”的折算分最多保留两位小数：6.125",
    })
    void bad_rating_maps_are_refused(String map, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map(map));
        assertEquals(message, e.getMessage());
    }
}
