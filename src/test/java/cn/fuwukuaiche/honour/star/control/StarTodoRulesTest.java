package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.WorkCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StarTodoRulesTest {

    static final WorkCalendar CAL = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    @ParameterizedTest(name = "{0}, {1} pending, on {2} → {3} due {4}")
    @CsvSource(nullValues = "-", value = {
            // November's stars: 15 working days after 30 Nov = 21 Dec; yellow from 3 working days before
            "2026-11,  5, 2026-12-07, GREEN,  2026-12-21",
            "2026-11,  5, 2026-12-15, GREEN,  2026-12-21",
            "2026-11,  5, 2026-12-16, YELLOW, 2026-12-21",
            "2026-11,  1, 2026-12-21, YELLOW, 2026-12-21",
            "2026-11,  1, 2026-12-22, RED,    2026-12-21",
            "2026-11,  0, 2026-12-22, -,      -",          // nothing pending: no line
            // the third quarter: 国庆 1–7 Oct, 10 Oct a make-up working day → 27 Oct
            "2026Q3,  289, 2026-10-09, GREEN, 2026-10-27",
            "2026Q3,  289, 2026-10-28, RED,   2026-10-27",
            // December's stars fall in 2027, which the calendar does not know: listed, no light, no guessed date
            "2026-12, 3,  2027-01-04, NONE,   -",
    })
    void the_leaders_star_line(String period, int pending, LocalDate today, String light, LocalDate due) {
        StarPeriod p = StarPeriod.parse(period);
        var todo = StarTodoRules.todo(p, pending, today, CAL);
        assertEquals(light == null ? "-" : light, todo.map(t -> t.light().name()).orElse("-"));
        todo.ifPresent(t -> {
            assertEquals(due, t.deadline());
            assertEquals("stars?period=" + period, t.route());
            assertEquals("评定" + p.label() + "五星：" + pending + " 项候选待确认", t.what());
        });
    }
}
