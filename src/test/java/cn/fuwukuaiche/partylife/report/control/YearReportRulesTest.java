package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.partylife.report.entity.ItemSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearReportRulesTest {

    static final List<ItemDef> ITEMS = TemplateText.standard();

    static ItemDef item(String code) {
        return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0} ''{1}'' (record known {2}) → {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "study_sessions; 12; false; -",
            "study_sessions; １２; false; -",
            "study_sessions; ' 7 '; false; -",
            "study_sessions; ''; false; -",
            "study_sessions; -1; false; 数量不能为负数",
            "study_sessions; 3.5; false; 该项须为整数",
            "study_sessions; 十二; false; 请输入数字",
            "study_sessions; 12次; false; 请输入数字",
            "funds; 1234.56; false; -",
            "funds; 1,234.5; false; -",
            "funds; 1.234; false; 最多两位小数",
            "road_km; 2.5; false; -",
            "party_lecture; 4; true; 该数据来自记录，请更正记录",
            "party_lecture; ''; true; -",
            "party_lecture; 4; false; -",
            "visits_rate; 90; false; 该项由公式计算，不能填写",
            "study_sessions; 999999999999999; false; 数值过大",
    })
    void typed_figures(String code, String text, boolean recordKnown, String problem) {
        assertEquals(problem, YearReportRules.parse(item(code), text, recordKnown).problem());
    }

    @Test
    void a_typed_rate_over_100_is_refused() {
        ItemDef typedRate = new ItemDef("s", "g", "r", "满意率", "%", ItemSource.TYPED, null);
        assertEquals(YearReportRules.MSG_RATE, YearReportRules.parse(typedRate, "100.5", false).problem());
        assertEquals(d("100"), YearReportRules.parse(typedRate, "100%", false).value());
    }

    @ParameterizedTest(name = "{0}: {1}/{2} → {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "RATE(a,b); 7; 8; 87.5",
            "RATE(a,b); 2; 3; 66.7",
            "RATE(a,b); 0; 5; 0.0",
            "RATE(a,b); 5; 0; -",
            "RATE(a,b); 5; -; -",
            "DIFF(a,b); 9; 7; 2",
            "DIFF(a,b); 7; 9; -2",
    })
    void formulas(String formula, String a, String b, String result) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        if (a != null) {
            values.put("a", d(a));
        }
        if (b != null) {
            values.put("b", d(b));
        }
        BigDecimal r = Formula.parse(formula).apply(values);
        assertEquals(result == null ? null : d(result), r);
    }

    @Test
    void a_bad_formula_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Formula.parse("a+b"));
        assertThrows(IllegalArgumentException.class, () -> TemplateText.parse("= 一\n- 1\nx|X|次|COMPUTED|RATE(x,nope)\n"));
        assertThrows(IllegalArgumentException.class, () -> TemplateText.parse("= 一\n- 1\nx|X|斤|TYPED\n"));
        assertThrows(IllegalArgumentException.class, () -> TemplateText.parse("= 一\n- 1\nx|X|次|TYPED\nx|Y|次|TYPED\n"));
    }

    /** 办结率 of the roll-up is computed from the summed parts: (9+1)/(10+2) = 83.3 %, never (90 % + 50 %). */
    @Test
    void rates_roll_up_from_their_parts_never_summed() {
        Map<String, BigDecimal> first = Map.of("visits_received", d("10"), "visits_resolved", d("9"), "party_lecture", d("4"));
        Map<String, BigDecimal> second = Map.of("visits_received", d("2"), "visits_resolved", d("1"), "party_lecture", d("3"));
        assertEquals(d("90.0"), YearReportRules.compute(ITEMS, first).get("visits_rate"));
        assertEquals(d("50.0"), YearReportRules.compute(ITEMS, second).get("visits_rate"));
        Map<String, BigDecimal> all = YearReportRules.rollUp(ITEMS, List.of(first, second));
        assertEquals(d("12"), all.get("visits_received"));
        assertEquals(d("10"), all.get("visits_resolved"));
        assertEquals(d("83.3"), all.get("visits_rate"));
        assertEquals(d("7"), all.get(YearItems.PARTY_LECTURE));
        assertNull(all.get("letters_rate"), "no letters in any part: no rate");
        assertNull(all.get("study_sessions"), "blank in every part stays blank");
    }

    @Test
    void contradictions_name_the_figure_to_correct() {
        Map<String, String> c = YearReportRules.contradictions(ITEMS,
                Map.of("visits_received", d("5"), "visits_resolved", d("6"), "pledges", d("3"), "pledges_done", d("4")));
        assertEquals("办结率超过 100%：解决问题不能多于接待来访", c.get("visits_resolved"));
        assertEquals("已完成不能多于公开承诺办实事", c.get("pledges_done"));
        assertTrue(YearReportRules.contradictions(ITEMS, Map.of("visits_received", d("5"), "visits_resolved", d("5"))).isEmpty());
    }

    @Test
    void the_standard_template_holds_every_section_and_the_record_codes() {
        assertEquals(List.of("一、思想政治建设", "二、组织建设", "三、作风建设", "四、党风廉政建设", "五、精神文明建设", "六、领导责任制"),
                ITEMS.stream().map(ItemDef::section).distinct().toList());
        for (String code : List.of(YearItems.PARTY_LECTURE, YearItems.PARTY_LECTURE_BY_LEADERS, YearItems.NEW_PROBATIONARY,
                YearItems.PROBATION_CONFIRMED, YearItems.BRANCH_ELECTION_DUE, YearItems.BRANCH_ELECTION_DONE,
                YearItems.COMMEND_BRANCH, YearItems.COMMEND_PARTY_WORKER, YearItems.COMMEND_MEMBER, YearItems.COMMEND_WORKER,
                YearItems.VISITS_BY_LEADERS, YearItems.VISIT_DAYS_BY_LEADERS, YearItems.VISITS_BY_STAFF,
                YearItems.VISIT_DAYS_BY_STAFF, YearItems.PLEDGES, YearItems.PLEDGES_DONE, YearItems.PERFORMANCE_NOTICES,
                YearItems.HEART_TALKS, YearItems.RED_FLAGS, YearItems.STARS)) {
            assertEquals(ItemSource.RECORD, item(code).source(), code);
        }
        assertEquals("%", item("visits_rate").unit());
    }

    @Test
    void year_on_year_compares_by_code() {
        List<YearReportRules.Comparison> rows = YearReportRules.yearOnYear(ITEMS,
                Map.of("party_lecture", d("7")), Map.of("party_lecture", d("5"), "dropped_item", d("1")));
        YearReportRules.Comparison lecture = rows.stream().filter(r -> r.item().code().equals("party_lecture")).findFirst().orElseThrow();
        assertEquals(d("2"), lecture.change());
        assertEquals("12", YearReportRules.format(d("12.00")));
        assertEquals("87.5", YearReportRules.format(d("87.50")));
    }
}
