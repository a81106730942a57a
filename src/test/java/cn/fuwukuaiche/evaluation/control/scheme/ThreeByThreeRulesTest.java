package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.base.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** 三亮三比三评: the public score from ratings, the entered scores' bounds, and the weighted combination. */
class ThreeByThreeRulesTest {

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0} 次，按 {1} 折算 → 群众评 {2}")
    @CsvSource(nullValues = "null", value = {
            "20/5/3/1/1, 10/8/6/3/0, 87.00",     // average 8.70 of a best 10
            "1/0/0/0/0,  10/8/6/3/0, 100.00",
            "0/0/0/0/1,  10/8/6/3/0, 0.00",
            "0/0/0/0/0,  10/8/6/3/0, null",      // nobody rated: not 0
            "1/1/0/0/0,  5/4/3/2/1,  90.00",     // average 4.5 of a best 5
            "0/1/0/0/0,  12/9/6/3/0, 75.00",
    })
    void public_score_is_the_average_points_as_a_share_of_the_best_level(String counts, String map, String expected) {
        assertEquals(dec(expected), ThreeByThreeRules.publicScore(RatingTest.map(map), RatingTest.counts(counts)));
    }

    @ParameterizedTest(name = "{1}/{2}/{3} × {0} → {4}")
    @CsvSource(nullValues = "null", value = {
            "0.4/0.3/0.3, 95,    90,   92,  92.60",
            "0.4/0.3/0.3, 100,   100,  100, 100.00",
            "0.4/0.3/0.3, 0,     0,    0,   0.00",
            "0.5/0.25/0.25, 87.5, 80,  90,  86.25",
            "1/0/0,       77.77, 10,   10,  77.77",
            "0.4/0.3/0.3, null,  90,   92,  null",   // no public score
            "0.4/0.3/0.3, 95,    null, 92,  null",   // peers not entered yet
            "0.4/0.3/0.3, 95,    90,   null, null",
    })
    void combined_is_the_weighted_sum_once_all_three_are_there(String weights, String pub, String peer, String org, String expected) {
        String[] w = weights.split("/");
        ThreeByThreeWeights tw = ThreeByThreeWeights.of(w[0], w[1], w[2]);
        assertEquals(dec(expected), ThreeByThreeRules.combined(tw, dec(pub), dec(peer), dec(org)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "null,   请填写党员评（0–100 分）",
            "-1,     党员评须在 0 到 100 分之间",
            "100.01, 党员评须在 0 到 100 分之间",
            "90.123, 党员评最多保留两位小数",
    })
    void entered_scores_outside_0_to_100_are_refused_next_to_the_field(String value, String message) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> ThreeByThreeRules.checkEntered(dec(value), "peerScore", "党员评"));
        assertEquals("peerScore", e.field());
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0} is accepted as {1}")
    @CsvSource({"0, 0.00", "100, 100.00", "88.5, 88.50", "90.10, 90.10"})
    void entered_scores_inside_the_bounds_are_kept_with_two_decimals(String value, String expected) {
        assertEquals(dec(expected), ThreeByThreeRules.checkEntered(dec(value), "f", "组织评"));
    }

    @Test
    void the_explanation_names_each_part_and_its_weight() {
        ThreeByThreeWeights w = ThreeByThreeWeights.of("0.4", "0.3", "0.3");
        assertEquals("群众评 95 × 0.4 + 党员评 90 × 0.3 + 组织评 92 × 0.3 = 92.6",
                ThreeByThreeRules.explain(w, dec("95.00"), dec("90.00"), dec("92.00")));
        assertEquals("群众评 （本月无人评价） × 0.4 + 党员评 90 × 0.3 + 组织评 （未录入） × 0.3，三项齐全后合成",
                ThreeByThreeRules.explain(w, null, dec("90"), null));
        assertNull(ThreeByThreeRules.combined(w, null, dec("90"), null));
    }
}
