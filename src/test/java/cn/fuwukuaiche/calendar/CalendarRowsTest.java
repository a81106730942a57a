package cn.fuwukuaiche.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the DB-backed provider needs: stored rows become the same calendar as the notices they came from. */
class CalendarRowsTest {

    static final WorkCalendar BUILT_IN = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());
    static final WorkCalendar FROM_ROWS;

    static {
        List<CalendarRows.Row> rows = new java.util.ArrayList<>(CalendarRows.rows(ChinaHolidays2025.schedule()));
        rows.addAll(CalendarRows.rows(ChinaHolidays2026.schedule()));
        FROM_ROWS = WorkCalendar.of(CalendarRows.schedules(List.of(2025, 2026), rows));
    }

    @Test
    void the_round_trip_through_rows_gives_the_same_calendar_every_day_of_both_years() {
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
            assertEquals(BUILT_IN.isWorkingDay(d), FROM_ROWS.isWorkingDay(d), d.toString());
            assertEquals(BUILT_IN.holidayName(d), FROM_ROWS.holidayName(d), d.toString());
        }
    }

    @ParameterizedTest(name = "{0}: working={1}, name={2}")
    @CsvSource(value = {
            "2026-10-01, false, 国庆节",
            "2026-10-10, true,  NULL",
            "2026-02-14, true,  NULL",
            "2026-02-23, false, 春节",
            "2026-01-04, true,  NULL",
            "2025-10-08, false, 国庆节、中秋节",
            "2026-11-28, false, NULL"}, nullValues = "NULL")
    void stored_days_answer_like_the_notice(LocalDate date, boolean working, String name) {
        assertEquals(working, FROM_ROWS.isWorkingDay(date));
        assertEquals(name, FROM_ROWS.holidayName(date).orElse(null));
    }

    @Test
    void a_year_entered_without_days_is_known_and_follows_the_weekday() {
        WorkCalendar cal = WorkCalendar.of(CalendarRows.schedules(List.of(2030), List.of()));
        assertTrue(cal.knowsYear(2030));
        assertTrue(cal.isWorkingDay(LocalDate.of(2030, 1, 2)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2030, 1, 5)));
    }

    @Test
    void a_year_not_entered_stays_unknown_with_the_message_for_users() {
        UnknownYearException e = assertThrows(UnknownYearException.class, () -> FROM_ROWS.plusWorkingDays(LocalDate.of(2027, 1, 4), 1));
        assertEquals("尚未录入2027年的节假日安排，请管理员先维护工作日历", e.getMessage());
        assertEquals(2027, e.year());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a weekday make-up day | 2030-01-02 | false | 调休上班日 2030-01-02 不是周六或周日，请核对通知原文",
            "a date two years off  | 2032-01-01 | true  | 2030年的节假日安排中出现了不相邻年份的日期：2032-01-01"})
    void rows_that_break_a_rule_are_refused_with_a_chinese_message(String what, LocalDate date, boolean holiday, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarRows.schedules(List.of(2030), List.of(new CalendarRows.Row(2030, date, holiday, holiday ? "节" : null))));
        assertEquals(message, e.getMessage());
    }

    @Test
    void a_row_of_a_year_without_a_year_row_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> CalendarRows.schedules(List.of(), List.of(new CalendarRows.Row(2030, LocalDate.of(2030, 1, 1), true, "元旦"))));
    }
}
