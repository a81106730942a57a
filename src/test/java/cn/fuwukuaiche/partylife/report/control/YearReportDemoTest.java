package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.partylife.report.demo.YearReportDemoFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo county's last-year report rolled up, against the totals computed by hand (docs/yearly-report.md). */
class YearReportDemoTest {

    static final List<ItemDef> ITEMS = TemplateText.standard();

    static Map<String, BigDecimal> parsed(Map<String, String> typed) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        typed.forEach((code, text) -> m.put(code, YearReportRules.parse(
                ITEMS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(), text, false).value()));
        return m;
    }

    static Map<String, BigDecimal> total(Map<String, Map<String, String>> parts) {
        return YearReportRules.rollUp(ITEMS, parts.values().stream().map(YearReportDemoTest::parsed).toList());
    }

    @ParameterizedTest(name = "last year {0} = {1}")
    @CsvSource({
            "study_sessions, 45",            // 12 + 10 + 8 + 9 + 6
            "study_leaders_due, 90",         // 24 + 20 + 16 + 18 + 12
            "study_leaders_present, 84",     // 22 + 19 + 15 + 16 + 12
            "study_rate, 93.3",              // 84 / 90 = 93.33 %, not the sum of the parts' rates
            "visits_received, 60",           // 30 + 12 + 8 + 10
            "visits_resolved, 57",           // 29 + 12 + 7 + 9
            "visits_rate, 95.0",             // 57 / 60
            "letters_received, 12",          // 6 + 2 + 4
            "letters_resolved, 11",          // 5 + 2 + 4
            "letters_rate, 91.7",            // 11 / 12 = 91.67 %
            "integrity_films, 8",            // 2 + 1 + 1 + 1 + 3
            "ledger_entries, 180",           // 48 + 36 + 36 + 36 + 24
            "funds, 8000.50",                // 5000 + 1200.50 + 800 + 1000
            "budget_spent, 27650.80",
    })
    void last_year(String code, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(total(YearReportDemoFigures.LAST_YEAR).get(code)), code);
    }

    @ParameterizedTest(name = "this year {0} = {1}")
    @CsvSource({
            "study_sessions, 16",            // 7 + 5 + 4 (第二's draft counts in the running total)
            "visits_received, 24",           // 18 + 6
            "visits_resolved, 23",           // 18 + 5
            "visits_rate, 95.8",             // 23 / 24 = 95.83 %
            "study_rate, 92.9",              // 13 / 14: only 中心党支部 typed both parts
    })
    void this_year(String code, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(total(YearReportDemoFigures.THIS_YEAR).get(code)), code);
    }
}
