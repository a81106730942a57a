package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored scheme versions (rows of scheme_version + scheme_rule) map to the engine's validated records. */
class SchemeMapperTest {

    static final SchemeSpec V1 = SchemeDefaults.window(1, 202605, "2", "首版");
    static final SchemeSpec V2 = SchemeDefaults.window(2, 202609, "3", "群众不满意每次扣分由 2 分调为 3 分");

    @Test
    void the_default_window_scheme_maps_to_a_100_point_sheet_with_its_feeds_and_tie_breakers() {
        SchemeInForce s = SchemeMapper.map(V1);
        SchemeDefinition d = s.definition();
        assertEquals("出勤 30, 纪律 30, 环境卫生 10, 业务 30", d.items().stream()
                .map(i -> i.name() + " " + Points.fmt(i.maxPoints())).collect(Collectors.joining(", ")));
        assertEquals(8, d.deductions().size());
        assertEquals("表扬信 +1 ≤5, 锦旗 +2 ≤-", d.bonuses().stream()
                .map(b -> b.name() + " +" + Points.fmt(b.pointsPerEvent()) + " ≤" + (b.cap() == null ? "-" : Points.fmt(b.cap())))
                .collect(Collectors.joining(", ")));
        assertEquals("实名投诉查实, 吃拿卡要", d.vetoes().stream().map(VetoRule::name).collect(Collectors.joining(", ")));
        assertEquals(SchemeRuleFeed.BAD_RATINGS, s.feed("UNSATISFIED"));
        assertEquals(SchemeRuleFeed.MANUAL, s.feed("LATE"));
        assertEquals(List.of("总分", "满意率（无评价者居后）", "差评数（少者优先）"), s.criteriaLabels());
        assertEquals(YearMonth.of(2026, 5), s.effectiveFrom());
        assertEquals("10/8/6/3/0", d.ratingPoints().describe());
        assertEquals(new BigDecimal("6.00"), d.bonusCap());
        assertEquals("窗口月度考评 第1版（2026年5月起施行）", s.label());
    }

    @Test
    void rules_are_printed_in_their_stored_order_whatever_order_the_rows_come_in() {
        List<SchemeRuleSpec> shuffled = new ArrayList<>(V1.rules());
        Collections.reverse(shuffled);
        SchemeInForce s = SchemeMapper.map(with(V1, shuffled));
        assertEquals(List.of("ATTENDANCE", "DISCIPLINE", "HYGIENE", "BUSINESS"),
                s.definition().items().stream().map(SchemeItem::code).toList());
        assertEquals("LATE", s.definition().deductions().get(0).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                      | expected message (part)
            "items sum to 95             | 各考评项目满分合计为 95 分，应为 100 分",
            "deduction without points    | 扣分项“迟到”的每次扣分不能为空",
            "bonus fed by bad ratings    | 加分项“表扬信”不能按差评次数自动统计",
            "veto fed by bad ratings     | 一票否决项“实名投诉查实”不能自动统计",
            "unknown tie-breaker         | 未知的排名依据“FASTEST”",
            "repeated tie-breaker        | 排名依据“满意率（无评价者居后）”重复",
            "month 13                    | 施行月份无效：202613",
            "four rating levels          | 好差评折算分须为五档",
            "weights sum to 0.9          | 三评权重之和必须为 1，现为 0.9",
            "duplicate code              | 编码“LATE”重复",
            "deduction on unknown item   | 指向不存在的考评项目“OVERTIME”",
            "negative per-event points   | 扣分项“迟到”的每次扣分不能为负数",
            "three decimals              | 最多保留两位小数",
    })
    void invalid_stored_data_is_refused_with_a_message_the_admin_can_act_on(String caseName, String expected) {
        SchemeSpec bad = broken(caseName.strip());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemeMapper.map(bad));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0} 差评 under v{1}: 业务 {2}, total {3}")
    @CsvSource({
            // 差评 | version | 业务 | total
            "0, 1, 30.00, 100.00",
            "2, 1, 26.00, 96.00",
            "2, 2, 24.00, 94.00",
            "20, 2, 0.00, 70.00",
    })
    void the_changed_deduction_scores_differently_in_each_version(int bad, int version, String business, String total) {
        SchemeInForce s = SchemeMapper.map(version == 1 ? V1 : V2);
        ScoreResult r = SchemeEngine.score(s.definition(), AssessmentInput.builder()
                .deduct("UNSATISFIED", bad == 0 ? 0 : bad, "ratings").build());
        assertEquals(new BigDecimal(business), r.itemScores().get("BUSINESS"));
        assertEquals(new BigDecimal(total), r.total());
    }

    @ParameterizedTest(name = "{0} is scored with v{1}")
    @CsvSource({"202605, 1", "202608, 1", "202609, 2", "202611, 2"})
    void each_month_keeps_the_version_in_force_then(int period, int expectedVersion) {
        SchemeVersions versions = SchemeMapper.versions(List.of(SchemeMapper.map(V2), SchemeMapper.map(V1)));
        assertEquals(expectedVersion, versions.forMonth(SchemeMapper.month(period)).version());
    }

    @Test
    void a_month_before_the_first_version_has_no_scheme() {
        SchemeVersions versions = SchemeMapper.versions(List.of(SchemeMapper.map(V1)));
        SchemeNotInForceException e = assertThrows(SchemeNotInForceException.class,
                () -> versions.forMonth(YearMonth.of(2026, 4)));
        assertTrue(e.getMessage().contains("2026年5月起施行"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' | ''", "SATISFACTION | SATISFACTION", "TOTAL,BAD_COUNT | BAD_COUNT",
            "' RATING_AVERAGE , DEDUCTIONS ' | RATING_AVERAGE,DEDUCTIONS"})
    void tie_breakers_round_trip_with_the_total_always_first(String stored, String normalised) {
        List<RankingCriterion> order = RankingCriterion.parse(stored);
        assertEquals(RankingCriterion.TOTAL, order.get(0));
        assertEquals(normalised, RankingCriterion.format(order));
    }

    @Test
    void period_and_month_convert_both_ways() {
        assertEquals(202611, SchemeMapper.period(YearMonth.of(2026, 11)));
        assertEquals(YearMonth.of(2027, 1), SchemeMapper.month(202701));
    }

    private static SchemeSpec broken(String caseName) {
        List<SchemeRuleSpec> rules = new ArrayList<>(V1.rules());
        SchemeSpec s = V1;
        switch (caseName) {
            case "items sum to 95" -> rules.set(2, SchemeRuleSpec.item("HYGIENE", "环境卫生", "5", 2));
            case "deduction without points" -> rules.set(4, new SchemeRuleSpec(SchemeRuleKind.DEDUCTION, "LATE", "迟到",
                    "ATTENDANCE", null, null, SchemeRuleFeed.MANUAL, 4));
            case "bonus fed by bad ratings" -> rules.set(12, new SchemeRuleSpec(SchemeRuleKind.BONUS, "PRAISE_LETTER", "表扬信",
                    null, BigDecimal.ONE, null, SchemeRuleFeed.BAD_RATINGS, 12));
            case "veto fed by bad ratings" -> rules.set(14, new SchemeRuleSpec(SchemeRuleKind.VETO, "COMPLAINT", "实名投诉查实",
                    null, null, null, SchemeRuleFeed.BAD_RATINGS, 14));
            case "unknown tie-breaker" -> s = tieBreakers(V1, "SATISFACTION,FASTEST");
            case "repeated tie-breaker" -> s = tieBreakers(V1, "SATISFACTION,BAD_COUNT,SATISFACTION");
            case "month 13" -> s = new SchemeSpec(null, V1.schemeName(), 1, 202613, V1.bonusCap(), V1.ratingPoints(),
                    V1.weightPublic(), V1.weightPeer(), V1.weightOrganisation(), V1.tieBreakers(), null, V1.rules());
            case "four rating levels" -> s = new SchemeSpec(null, V1.schemeName(), 1, 202605, V1.bonusCap(),
                    V1.ratingPoints().subList(0, 4), V1.weightPublic(), V1.weightPeer(), V1.weightOrganisation(),
                    V1.tieBreakers(), null, V1.rules());
            case "weights sum to 0.9" -> s = new SchemeSpec(null, V1.schemeName(), 1, 202605, V1.bonusCap(), V1.ratingPoints(),
                    new BigDecimal("0.3"), V1.weightPeer(), V1.weightOrganisation(), V1.tieBreakers(), null, V1.rules());
            case "duplicate code" -> rules.add(SchemeRuleSpec.bonus("LATE", "准时", "1", null, 99));
            case "deduction on unknown item" -> rules.set(4, SchemeRuleSpec.deduction("LATE", "迟到", "OVERTIME", "1", null,
                    SchemeRuleFeed.MANUAL, 4));
            case "negative per-event points" -> rules.set(4, SchemeRuleSpec.deduction("LATE", "迟到", "ATTENDANCE", "-1", null,
                    SchemeRuleFeed.MANUAL, 4));
            case "three decimals" -> rules.set(4, SchemeRuleSpec.deduction("LATE", "迟到", "ATTENDANCE", "0.125", null,
                    SchemeRuleFeed.MANUAL, 4));
            default -> throw new IllegalArgumentException(caseName);
        }
        return s == V1 ? with(V1, rules) : s;
    }

    private static SchemeSpec with(SchemeSpec s, List<SchemeRuleSpec> rules) {
        return new SchemeSpec(s.versionId(), s.schemeName(), s.versionNo(), s.effectiveYm(), s.bonusCap(), s.ratingPoints(),
                s.weightPublic(), s.weightPeer(), s.weightOrganisation(), s.tieBreakers(), s.changeNote(), rules);
    }

    private static SchemeSpec tieBreakers(SchemeSpec s, String tb) {
        return new SchemeSpec(s.versionId(), s.schemeName(), s.versionNo(), s.effectiveYm(), s.bonusCap(), s.ratingPoints(),
                s.weightPublic(), s.weightPeer(), s.weightOrganisation(), tb, s.changeNote(), s.rules());
    }
}
