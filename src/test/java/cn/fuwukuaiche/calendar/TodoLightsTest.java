package cn.fuwukuaiche.calendar;

import cn.fuwukuaiche.base.work.Todo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TodoLightsTest {

    static final WorkCalendar CAL = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    @ParameterizedTest(name = "today {0}, deadline {1}, yellow within {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-12-07, 2026-12-20, 2, GREEN",
            "2026-12-07, 2026-12-09, 2, YELLOW",   // two working days left
            "2026-12-07, 2026-12-07, 0, YELLOW",   // the deadline day itself is in time
            "2026-12-08, 2026-12-07, 2, RED",
            "2026-12-07, -,          2, NONE",     // no deadline
            "2026-12-07, 2027-03-01, 2, NONE",     // 2027 not entered yet: no light rather than a guess
            "2027-03-02, 2027-03-01, 2, RED",      // …but past it is late whatever the calendar
            "2026-09-30, 2026-10-09, 2, YELLOW",   // 国庆 1–7 Oct: nine calendar days, two working days (8, 9 Oct)
            "2026-09-30, 2026-10-09, 1, GREEN",
    })
    void light(LocalDate today, LocalDate deadline, int yellow, Todo.Light expected) {
        assertEquals(expected, TodoLights.of(today, deadline, yellow, CAL));
    }
}
