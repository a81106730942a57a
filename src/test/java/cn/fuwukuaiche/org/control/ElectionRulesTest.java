package cn.fuwukuaiche.org.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ElectionRulesTest {

    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0}–{1} in {2}: due {3}, elected {4}")
    @CsvSource(nullValues = "-", value = {
            "2021-05-10, 2026-05-09, 2026, true, false",   // ends this year, not yet elected
            "2026-04-20, 2031-04-19, 2026, true, true",    // elected this year
            "2024-03-01, 2027-02-28, 2026, false, false",  // mid-term
            "2019-06-01, 2024-05-31, 2026, true, false",   // overdue
            "-, -, 2026, false, false",                    // no term kept
    })
    void due_and_elected(String start, String end, int year, boolean due, boolean elected) {
        assertEquals(due, ElectionRules.due(d(start), d(end), year));
        assertEquals(elected, ElectionRules.elected(d(start), year));
    }

    @ParameterizedTest(name = "{0}–{1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "2021-05-10, 2026-05-09, -",
            "-, -, -",
            "2021-05-10, -, 任期须填写起止日期",
            "2021-05-10, 2021-05-10, 任期结束须晚于开始",
            "2021-05-10, 2027-05-10, 任期不超过 5 年",
    })
    void term_problems(String start, String end, String problem) {
        assertEquals(problem, ElectionRules.termProblem(d(start), d(end)).orElse(null));
    }
}
