package cn.fuwukuaiche.calendar.control;

import cn.fuwukuaiche.base.work.Todo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CalendarTodoProviderTest {

    @ParameterizedTest(name = "{0}, next year known {1} → {2}")
    @CsvSource({
            "2026-10-31, false, -",
            "2026-11-01, false, GREEN",
            "2026-12-01, false, YELLOW",
            "2026-12-31, false, YELLOW",
            "2026-11-15, true,  -",
    })
    void next_years_calendar_from_1_november(LocalDate today, boolean known, String light) {
        var todo = CalendarTodoProvider.nextYearMissing(today, known);
        assertEquals(light, todo.map(t -> t.light().name()).orElse("-"));
        todo.ifPresent(t -> assertEquals(LocalDate.of(today.getYear(), 12, 31), t.deadline()));
    }
}
