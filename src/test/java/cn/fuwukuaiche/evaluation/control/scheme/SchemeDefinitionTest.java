package cn.fuwukuaiche.evaluation.control.scheme;

import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.BONUSES;
import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.DEDUCTIONS;
import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.ITEMS;
import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.NAME;
import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.VETOES;
import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.WEIGHTS;
import static cn.fuwukuaiche.evaluation.control.scheme.Schemes.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What an administrator sees when a scheme they typed in cannot be used. */
class SchemeDefinitionTest {

    static final YearMonth JAN = YearMonth.of(2026, 1);

    static <T> List<T> plus(List<T> list, T extra) {
        List<T> l = new ArrayList<>(list);
        l.add(extra);
        return l;
    }

    static Executable scheme(List<SchemeItem> items, List<DeductionRule> deductions, List<BonusRule> bonuses) {
        return () -> new SchemeDefinition(NAME, 1, JAN, items, deductions, bonuses, VETOES,
                RatingPointsMap.standard(), bd("6"), WEIGHTS);
    }

    static Stream<Arguments> invalidSchemes() {
        return Stream.of(
                Arguments.of("maxima sum to 90",
                        scheme(List.of(ITEMS.get(0), ITEMS.get(1), ITEMS.get(3)), List.of(), BONUSES),
                        "评分方案“窗口月度考评”第1版各考评项目满分合计为 90 分，应为 100 分"),
                Arguments.of("maxima sum to 110",
                        scheme(plus(ITEMS, new SchemeItem("EXTRA", "创新", bd("10"))), DEDUCTIONS, BONUSES),
                        "评分方案“窗口月度考评”第1版各考评项目满分合计为 110 分，应为 100 分"),
                Arguments.of("duplicate item code",
                        scheme(List.of(ITEMS.get(0), new SchemeItem("ATTENDANCE", "纪律", bd("30")), ITEMS.get(2),
                                ITEMS.get(3)), List.of(), BONUSES),
                        "评分方案“窗口月度考评”第1版中编码“ATTENDANCE”重复"),
                Arguments.of("bonus reuses a deduction code",
                        scheme(ITEMS, DEDUCTIONS, plus(BONUSES, new BonusRule("LATE", "准时", bd("1"), null))),
                        "评分方案“窗口月度考评”第1版中编码“LATE”重复"),
                Arguments.of("deduction on an unknown item",
                        scheme(ITEMS, List.of(new DeductionRule("LATE", "迟到", "PUNCTUALITY", bd("1"), null)), BONUSES),
                        "评分方案“窗口月度考评”第1版的扣分项“迟到”指向不存在的考评项目“PUNCTUALITY”"),
                Arguments.of("negative item maximum",
                        (Executable) () -> new SchemeItem("ATTENDANCE", "出勤", bd("-30")),
                        "考评项目“出勤”的满分不能为负数：-30"),
                Arguments.of("negative points per deduction",
                        (Executable) () -> new DeductionRule("LATE", "迟到", "ATTENDANCE", bd("-1"), null),
                        "扣分项“迟到”的每次扣分不能为负数：-1"),
                Arguments.of("negative deduction cap",
                        (Executable) () -> new DeductionRule("LATE", "迟到", "ATTENDANCE", bd("1"), bd("-5")),
                        "扣分项“迟到”的扣分上限不能为负数：-5"),
                Arguments.of("negative bonus",
                        (Executable) () -> new BonusRule("PRAISE_LETTER", "表扬信", bd("-1"), bd("5")),
                        "加分项“表扬信”的每次加分不能为负数：-1"),
                Arguments.of("negative bonus cap",
                        (Executable) () -> new SchemeDefinition(NAME, 1, JAN, ITEMS, DEDUCTIONS, BONUSES, VETOES,
                                RatingPointsMap.standard(), bd("-5"), WEIGHTS),
                        "加分合计上限不能为负数：-5"),
                Arguments.of("three decimals",
                        (Executable) () -> new DeductionRule("LATE", "迟到", "ATTENDANCE", bd("0.125"), null),
                        "扣分项“迟到”的每次扣分最多保留两位小数：0.125"),
                Arguments.of("version 0",
                        (Executable) () -> new SchemeDefinition(NAME, 0, JAN, ITEMS, DEDUCTIONS, BONUSES, VETOES,
                                RatingPointsMap.standard(), bd("6"), WEIGHTS),
                        "评分方案版本号必须从 1 开始：0"),
                Arguments.of("no effective month",
                        (Executable) () -> new SchemeDefinition(NAME, 1, null, ITEMS, DEDUCTIONS, BONUSES, VETOES,
                                RatingPointsMap.standard(), bd("6"), WEIGHTS),
                        "评分方案必须写明施行月份"),
                Arguments.of("blank veto name",
                        (Executable) () -> new VetoRule("COMPLAINT", " "),
                        "否决项名称不能为空"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSchemes")
    void invalid_schemes_are_refused_with_a_reason(String caseName, Executable build, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertEquals(message, e.getMessage());
    }

    @Test
    void points_are_normalised_to_two_decimals() {
        SchemeDefinition s = Schemes.v1();
        assertEquals(bd("30.00"), s.items().get(0).maxPoints());
        assertEquals(bd("0.50"), s.deduction("DRESS").orElseThrow().pointsPerEvent());
        assertEquals(bd("6.00"), s.bonusCap());
    }

    @Test
    void a_scheme_cannot_be_changed_through_its_lists() {
        List<SchemeItem> items = new ArrayList<>(ITEMS);
        SchemeDefinition s = new SchemeDefinition(NAME, 1, JAN, items, DEDUCTIONS, BONUSES, VETOES,
                RatingPointsMap.standard(), bd("6"), WEIGHTS);
        items.clear();
        assertEquals(4, s.items().size());
        assertThrows(UnsupportedOperationException.class, () -> s.items().clear());
    }
}
