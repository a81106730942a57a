package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationTodoRulesTest {

    static final WorkCalendar CAL = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    @ParameterizedTest(name = "{1} sheet of {0} → {2} by {3}")
    @CsvSource(nullValues = "-", value = {
            "202611, DRAFT,     FILL,    2026-12-07",  // 5 working days after 30 Nov (a Monday-to-Friday week)
            "202611, RETURNED,  FILL,    2026-12-07",
            "202611, SUBMITTED, REVIEW,  2026-12-10",
            "202611, APPROVED,  CONFIRM, 2026-12-14",
            "202609, DRAFT,     FILL,    2026-10-13",  // 国庆 1–7 Oct off, 10 Oct (Sat) a make-up working day
            "202611, CONFIRMED, -,       -",
            "202612, DRAFT,     FILL,    -",           // needs 2027, not entered yet: no date rather than a guess
    })
    void step_and_deadline(int periodYm, AssessmentStatus status, EvaluationTodoRules.Step step, LocalDate due) {
        assertEquals(step, EvaluationTodoRules.step(status));
        if (step != null) {
            assertEquals(due, EvaluationTodoRules.due(periodYm, step, CAL));
        }
    }

    @ParameterizedTest(name = "sheet of {0} returned on {1} → due {2}")
    @CsvSource(nullValues = "-", value = {
            "202612, 2026-12-07, 2026-12-10",  // the fill deadline needs 2027: three working days after the return
            "202611, 2026-12-01, 2026-12-07",  // returned early: the fill deadline is later
            "202611, 2026-12-04, 2026-12-09",  // Friday + 3 working days
            "202611, -,          2026-12-07",
    })
    void returned_sheet_due(int periodYm, LocalDate returnedOn, LocalDate due) {
        assertEquals(due, EvaluationTodoRules.returnedDue(periodYm, returnedOn, CAL));
    }
}
