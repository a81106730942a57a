package cn.fuwukuaiche.evaluation.control.scheme;

import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs are written as "LATE=3 +PRAISE_LETTER=2 !COMPLAINT": plain = deduction, + = bonus, ! = veto.
 * Each event's source is "src:CODE" so the tests can check that links survive.
 */
class SchemeEngineTest {

    static final SchemeDefinition S = Schemes.v1();

    static AssessmentInput input(String spec) {
        AssessmentInput.Builder b = AssessmentInput.builder();
        if (spec != null) {
            for (String t : spec.trim().split("\\s+")) {
                if (t.startsWith("!")) {
                    b.veto(t.substring(1), "src:" + t.substring(1));
                } else {
                    boolean bonus = t.startsWith("+");
                    String[] p = (bonus ? t.substring(1) : t).split("=");
                    if (bonus) {
                        b.bonus(p[0], Integer.parseInt(p[1]), "src:" + p[0]);
                    } else {
                        b.deduct(p[0], Integer.parseInt(p[1]), "src:" + p[0]);
                    }
                }
            }
        }
        return b.build();
    }

    static ScoreLine line(ScoreResult r, String code) {
        return r.lines().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " in " + r.lines()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | input | total | item=score after deductions | explained line | explanation
            "one deduction"
            + " | LATE=3 | 97.00 | ATTENDANCE=27.00 | LATE"
            + " | 迟到 3 次 × −1 = −3（出勤项最多扣 30）",
            "item floor at 0: cannot take more than the item's 30"
            + " | LATE=35 | 70.00 | ATTENDANCE=0.00 | LATE"
            + " | 迟到 35 次 × −1 = −35（出勤项最多扣 30），实扣 −30",
            "rule's own cap"
            + " | EARLY_LEAVE=7 | 95.00 | ATTENDANCE=25.00 | EARLY_LEAVE"
            + " | 早退 7 次 × −1 = −7（早退最多扣 5），实扣 −5",
            "a −10 per event rule hits the item floor"
            + " | ILLEGAL_FEE=4 | 70.00 | DISCIPLINE=0.00 | ILLEGAL_FEE"
            + " | 违规收费 4 次 × −10 = −40（纪律项最多扣 30），实扣 −30",
            // 迟到 8 → 22 left; 旷工 5 × 5 = 25 but only 22 left: 出勤 ends at 0, not −3
            "two rules share one item's floor"
            + " | LATE=8 ABSENT=5 | 70.00 | ATTENDANCE=0.00 | ABSENT"
            + " | 旷工 5 次 × −5 = −25（出勤项最多扣 30），出勤项仅剩 22 分，实扣 −22",
            "rule cap, item stays above 0"
            + " | DIRTY=4 | 94.00 | HYGIENE=4.00 | DIRTY"
            + " | 卫生不合格 4 次 × −2 = −8（卫生不合格最多扣 6），实扣 −6",
            "群众不满意 −2 each"
            + " | UNSATISFIED=2 | 96.00 | BUSINESS=26.00 | UNSATISFIED"
            + " | 群众不满意 2 次 × −2 = −4（业务项最多扣 30）",
            "half points"
            + " | DRESS=3 | 98.50 | DISCIPLINE=28.50 | DRESS"
            + " | 着装不规范 3 次 × −0.5 = −1.5（纪律项最多扣 30）",
            "deductions on several items"
            + " | LATE=2 UNSATISFIED=1 ILLEGAL_FEE=1 | 86.00 | DISCIPLINE=20.00 | ILLEGAL_FEE"
            + " | 违规收费 1 次 × −10 = −10（纪律项最多扣 30）",
            "zero events leave no deduction line"
            + " | LATE=0 | 100.00 | ATTENDANCE=30.00 | ATTENDANCE"
            + " | 出勤满分 30 分，本月无扣分",
            "item line sums up its deductions"
            + " | LATE=2 EARLY_LEAVE=1 | 97.00 | ATTENDANCE=27.00 | ATTENDANCE"
            + " | 出勤满分 30 分，扣 3 分，得 27 分",
            "bonus within its cap"
            + " | +PRAISE_LETTER=2 | 102.00 | BUSINESS=30.00 | PRAISE_LETTER"
            + " | 表扬信 2 次 × +1 = +2（表扬信最多加 5）",
            "bonus rule cap"
            + " | +PRAISE_LETTER=7 | 105.00 | BUSINESS=30.00 | PRAISE_LETTER"
            + " | 表扬信 7 次 × +1 = +7（表扬信最多加 5），实加 +5",
            // 表扬信 +5, then 锦旗 +4 but only 1 left under the overall cap of 6
            "overall bonus cap"
            + " | +PRAISE_LETTER=5 +BANNER=2 | 106.00 | BUSINESS=30.00 | BANNER"
            + " | 锦旗 2 次 × +2 = +4（加分合计最多 6），已达加分合计上限 6，实加 +1",
            "bonus on top of a deduction"
            + " | LATE=3 +BANNER=1 | 99.00 | ATTENDANCE=27.00 | BANNER"
            + " | 锦旗 1 次 × +2 = +2（加分合计最多 6）",
            "veto leaves points alone"
            + " | LATE=1 !COMPLAINT | 99.00 | ATTENDANCE=29.00 | COMPLAINT"
            + " | 实名投诉查实：一票否决，本月不得参评流动红旗（分数照常计算）",
    })
    void explained_score(String caseName, String spec, BigDecimal total, String itemScore, String lineCode,
                         String explanation) {
        ScoreResult r = SchemeEngine.score(S, input(spec));
        assertEquals(total, r.total());
        String[] is = itemScore.split("=");
        assertEquals(new BigDecimal(is[1]), r.itemScores().get(is[0]));
        ScoreLine l = line(r, lineCode);
        assertEquals(explanation, l.explanation());
        // the lines always add up to the total the window sees
        assertEquals(r.total(), r.lines().stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        // every point value has scale 2
        r.lines().forEach(x -> assertEquals(2, x.points().scale(), x.toString()));
    }

    @ParameterizedTest(name = "{0} → vetoed={1}")
    @CsvSource({
            "LATE=1,                 false",
            "!COMPLAINT,             true",
            "+PRAISE_LETTER=5 !BRIBE, true",
            "!COMPLAINT !BRIBE,      true",
    })
    void veto_makes_the_month_ineligible(String spec, boolean vetoed) {
        ScoreResult r = SchemeEngine.score(S, input(spec));
        assertEquals(vetoed, r.vetoed());
        assertEquals(!vetoed, r.eligibleForRedFlag());
    }

    @Test
    void a_clean_month_scores_100_with_one_line_per_item() {
        ScoreResult r = SchemeEngine.score(S, AssessmentInput.empty());
        assertEquals(bd("100.00"), r.total());
        assertEquals("出勤 纪律 环境卫生 业务",
                r.lines(ScoreLine.Kind.ITEM).stream().map(ScoreLine::name).collect(Collectors.joining(" ")));
        assertFalse(r.vetoed());
        assertEquals("窗口月度考评", r.schemeName());
        assertEquals(1, r.schemeVersion());
    }

    @Test
    void lines_are_printed_item_by_item_then_bonuses_vetoes_and_ratings() {
        ScoreResult r = SchemeEngine.score(S, input("UNSATISFIED=1 LATE=1 +PRAISE_LETTER=1 !COMPLAINT"));
        assertEquals("ATTENDANCE LATE DISCIPLINE HYGIENE BUSINESS UNSATISFIED PRAISE_LETTER COMPLAINT SATISFACTION_RATE",
                r.lines().stream().map(ScoreLine::code).collect(Collectors.joining(" ")));
    }

    @Test
    void sources_are_passed_through_for_links() {
        ScoreResult r = SchemeEngine.score(S, AssessmentInput.builder()
                .deduct("LATE", 3, "attendance/2026-03/A12")
                .bonus("PRAISE_LETTER", 1, "letters/2026-03/17")
                .veto("COMPLAINT", "complaints/88")
                .ratings(RatingCounts.of(3, 1, 0, 0, 0), "ratings?window=A12&month=2026-03")
                .build());
        assertEquals("attendance/2026-03/A12", line(r, "LATE").source());
        assertEquals("letters/2026-03/17", line(r, "PRAISE_LETTER").source());
        assertEquals("complaints/88", line(r, "COMPLAINT").source());
        assertEquals("ratings?window=A12&month=2026-03", line(r, "SATISFACTION_RATE").source());
        assertNull(line(r, "ATTENDANCE").source());
    }

    @Test
    void ratings_are_shown_but_do_not_change_the_total() {
        ScoreResult r = SchemeEngine.score(S, AssessmentInput.builder()
                .deduct("UNSATISFIED", 2, null)
                .ratings(RatingCounts.of(20, 5, 3, 1, 1), null)
                .build());
        assertEquals(bd("96.00"), r.total());
        assertEquals(bd("8.70"), r.ratingAverage());
        assertEquals(bd("93.33"), r.satisfactionRatePercent());
        assertEquals("本月评价 30 次（非常满意 20、满意 5、基本满意 3、不满意 1、非常不满意 1），"
                     + "按 10/8/6/3/0 折算平均 8.70 分（不计入总分）", line(r, "RATING_AVERAGE").explanation());
        assertEquals("满意率 = （非常满意 20 + 满意 5 + 基本满意 3）÷ 评价 30 次 = 93.33%（不计入总分）",
                line(r, "SATISFACTION_RATE").explanation());
    }

    @Test
    void no_ratings_says_so_instead_of_showing_zero() {
        ScoreResult r = SchemeEngine.score(S, AssessmentInput.empty());
        assertNull(r.ratingAverage());
        assertNull(r.satisfactionRatePercent());
        assertEquals(List.of("本月暂无好差评，满意率和评价均分不计算"),
                r.lines(ScoreLine.Kind.RATING).stream().map(ScoreLine::explanation).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown deduction | SLEEPING=1    | 评分方案“窗口月度考评”第1版中没有扣分项“SLEEPING”",
            "unknown bonus     | +MEDAL=1      | 评分方案“窗口月度考评”第1版中没有加分项“MEDAL”",
            "unknown veto      | !FRAUD        | 评分方案“窗口月度考评”第1版中没有否决项“FRAUD”",
            "typed twice       | LATE=1 LATE=2 | 扣分项“LATE”重复录入",
            "negative count    | LATE=-1       | 次数不能为负数：-1",
    })
    void bad_input_is_refused(String caseName, String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchemeEngine.score(S, input(spec)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void result_is_immutable() {
        ScoreResult r = SchemeEngine.score(S, input("LATE=1"));
        assertThrows(UnsupportedOperationException.class, () -> r.lines().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.itemScores().clear());
        assertTrue(r.lines().size() > 0);
    }
}
