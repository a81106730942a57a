package cn.fuwukuaiche.evaluation.control.scheme;

import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemeVersionsTest {

    /** v2 doubles 迟到 to −2 from April; v3 from October. */
    static final List<DeductionRule> STRICTER = new ArrayList<>(Schemes.DEDUCTIONS);

    static {
        STRICTER.set(0, new DeductionRule("LATE", "迟到", "ATTENDANCE", bd("2"), null));
    }

    static final SchemeDefinition V1 = Schemes.v1();
    static final SchemeDefinition V2 = Schemes.version(2, YearMonth.of(2026, 4), STRICTER);
    static final SchemeDefinition V3 = Schemes.version(3, YearMonth.of(2026, 10), STRICTER);
    // deliberately given out of order
    static final SchemeVersions VERSIONS = SchemeVersions.of(V3, V1, V2);

    @ParameterizedTest(name = "{0} 用第 {1} 版")
    @CsvSource({
            "2026-01, 1",
            "2026-03, 1",
            "2026-04, 2",
            "2026-09, 2",
            "2026-10, 3",
            "2027-05, 3",
    })
    void the_version_in_force(YearMonth month, int version) {
        assertEquals(version, VERSIONS.forMonth(month).version());
    }

    @Test
    void a_month_before_the_first_version_has_no_scheme() {
        SchemeNotInForceException e = assertThrows(SchemeNotInForceException.class,
                () -> VERSIONS.forMonth(YearMonth.of(2025, 12)));
        assertEquals("评分方案“窗口月度考评”自2026年1月起施行，2025年12月没有适用的版本", e.getMessage());
        assertEquals(YearMonth.of(2025, 12), e.month());
    }

    @ParameterizedTest(name = "{0}: 迟到 3 次 → {1}")
    @CsvSource({
            "2026-03, 97.00",   // v1: −1 each
            "2026-04, 94.00",   // v2: −2 each
    })
    void the_same_facts_score_by_the_month_rules(YearMonth month, BigDecimal total) {
        AssessmentInput in = AssessmentInput.builder().deduct("LATE", 3, null).build();
        assertEquals(total, SchemeEngine.score(VERSIONS.forMonth(month), in).total());
    }

    @Test
    void adding_a_version_keeps_scored_months() {
        SchemeVersions onlyV1 = SchemeVersions.of(V1);
        AssessmentInput in = AssessmentInput.builder().deduct("LATE", 3, null).build();
        ScoreResult march = SchemeEngine.score(onlyV1.forMonth(YearMonth.of(2026, 3)), in);

        // March has been scored and confirmed; April is the first open month.
        SchemeVersions later = onlyV1.withVersion(V2, YearMonth.of(2026, 4));

        assertEquals(1, later.forMonth(YearMonth.of(2026, 3)).version());
        ScoreResult recomputed = SchemeEngine.score(later.version(march.schemeVersion()), in);
        assertEquals(march.total(), recomputed.total());
        assertEquals(march.lines(), recomputed.lines());
    }

    @Test
    void a_new_version_cannot_reach_into_scored_months() {
        SchemeVersions onlyV1 = SchemeVersions.of(V1);
        SchemeDefinition backdated = Schemes.version(2, YearMonth.of(2026, 2), STRICTER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> onlyV1.withVersion(backdated, YearMonth.of(2026, 4)));
        assertEquals("新版本不能从已评分的月份生效：2026年2月已按原方案评分，最早只能从2026年4月起施行", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "same month twice      | 1 | 2026-01 | 2 | 2026-01 | 第1版与第2版的施行月份相同：2026年1月",
            "numbers run backwards | 2 | 2026-01 | 1 | 2026-04 | 第1版施行月份（2026年4月）晚于第2版，版本号却不大于它",
    })
    void inconsistent_version_histories_are_refused(String caseName, int va, YearMonth ma, int vb, YearMonth mb,
                                                    String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemeVersions.of(
                Schemes.version(va, ma, Schemes.DEDUCTIONS), Schemes.version(vb, mb, Schemes.DEDUCTIONS)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void versions_of_different_schemes_do_not_mix() {
        SchemeDefinition other = new SchemeDefinition("个人月度考评", 2, YearMonth.of(2026, 4), Schemes.ITEMS,
                Schemes.DEDUCTIONS, Schemes.BONUSES, Schemes.VETOES, RatingPointsMap.standard(), bd("6"),
                Schemes.WEIGHTS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemeVersions.of(V1, other));
        assertEquals("不同名称的评分方案不能混在一起：“窗口月度考评”与“个人月度考评”", e.getMessage());
    }

    @Test
    void an_unknown_version_number() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VERSIONS.version(7));
        assertEquals("评分方案“窗口月度考评”没有第7版", e.getMessage());
    }
}
