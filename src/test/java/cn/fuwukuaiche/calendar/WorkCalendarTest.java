package cn.fuwukuaiche.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hall's deadlines as staff and citizens would check them against a wall calendar.
 * Weekdays used below: 2025-01-01 Wed, 2025-12-31 Wed, 2026-01-01 Thu, 2026-12-31 Thu.
 */
class WorkCalendarTest {

    static final WorkCalendar CAL = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    @ParameterizedTest(name = "{0} 是工作日？{1}（{2}）")
    @CsvSource({
            // date,       working, why
            "2026-01-01, false, 元旦（周四）",
            "2026-01-03, false, 元旦假期中的周六",
            "2026-01-04, true,  元旦调休上班（周日）",
            "2026-01-05, true,  普通周一",
            "2026-02-13, true,  春节前的周五",
            "2026-02-14, true,  春节调休上班（周六）",
            "2026-02-16, false, 春节（周一）",
            "2026-02-23, false, 春节最后一天（周一）",
            "2026-02-24, true,  春节后第一个工作日（周二）",
            "2026-02-28, true,  春节调休上班（周六）",
            "2026-03-01, false, 普通周日",
            "2026-03-07, false, 普通周六",
            "2026-04-06, false, 清明节（周一）",
            "2026-05-05, false, 劳动节（周二）",
            "2026-05-09, true,  劳动节调休上班（周六）",
            "2026-06-19, false, 端午节（周五）",
            "2026-09-20, true,  国庆调休上班（周日）",
            "2026-09-25, false, 中秋节（周五）",
            "2026-10-07, false, 国庆节（周三）",
            "2026-10-10, true,  国庆调休上班（周六）",
            "2026-10-11, false, 普通周日",
            "2025-01-26, true,  2025春节调休上班（周日）",
            "2025-02-04, false, 2025春节最后一天（周二）",
            "2025-02-08, true,  2025春节调休上班（周六）",
            "2025-04-27, true,  2025劳动节调休上班（周日）",
            "2025-09-28, true,  2025国庆调休上班（周日）",
            "2025-10-08, false, 2025国庆中秋最后一天（周三）",
            "2025-10-11, true,  2025国庆调休上班（周六）",
            "2025-12-31, true,  2025年最后一天（周三）",
    })
    void working_days_follow_the_state_council_notice(LocalDate date, boolean working, String why) {
        assertEquals(working, CAL.isWorkingDay(date), why);
    }

    @ParameterizedTest(name = "差评 {0} 收到，{1} 个工作日后 = {2}")
    @CsvSource({
            // --- 1 working day call-back (回访) ---
            // Fri before 春节: the next day is the 调休 Saturday, so the call-back is due on Saturday.
            "2026-02-13, 1, 2026-02-14",
            // Rated on the 调休 Saturday: Feb 15–23 are all off, so Tuesday Feb 24.
            "2026-02-14, 1, 2026-02-24",
            // Eve of 国庆: Oct 1–7 off, Oct 8 (Thu) is the next working day.
            "2026-09-30, 1, 2026-10-08",
            // Year end: 2026-01-01..03 off, Sunday Jan 4 is a 调休 working day.
            "2025-12-31, 1, 2026-01-04",
            "2026-03-06, 1, 2026-03-09",
            // A rating left on an ordinary Saturday is called back on Monday.
            "2026-03-07, 1, 2026-03-09",
            // --- 5 working days fix (整改) ---
            // Thu Feb 12: 13 Fri (1), 14 Sat 调休 (2), 15–23 off, 24 (3), 25 (4), 26 (5).
            "2026-02-12, 5, 2026-02-26",
            // Mon Sep 28: 29 (1), 30 (2), Oct 1–7 off, Oct 8 (3), 9 (4), Sat Oct 10 调休 (5).
            "2026-09-28, 5, 2026-10-10",
            // Thu Apr 30: May 1–5 off, 6 (1), 7 (2), 8 (3), Sat 9 调休 (4), Sun 10 off, Mon 11 (5).
            "2026-04-30, 5, 2026-05-11",
            // 2025: Fri Sep 26: Sat 27 off, Sun 28 调休 (1), 29 (2), 30 (3), Oct 1–8 off, 9 (4), 10 (5).
            "2025-09-26, 5, 2025-10-10",
            // --- 10 working days ---
            // Fri Sep 18: Sun 20 调休 (1), 21–24 (2–5), 25–27 中秋 off, 28 (6), 29 (7), 30 (8),
            // Oct 1–7 off, 8 (9), 9 (10). Nine calendar days of holiday inside the window.
            "2026-09-18, 10, 2026-10-09",
            // Thu 2025-12-25 across the year end: 26 (1), 29 (2), 30 (3), 31 (4), Jan 1–3 off,
            // Sun Jan 4 调休 (5), 5–9 (6–10).
            "2025-12-25, 10, 2026-01-09",
            // --- 15 working days ---
            // Mon Feb 9: 10–13 (1–4), Sat 14 调休 (5), 15–23 off, 24–27 (6–9), Sat 28 调休 (10),
            // Sun Mar 1 off, Mar 2–6 (11–15).
            "2026-02-09, 15, 2026-03-06",
            // 2025 春节: Mon Jan 20: 21–24 (1–4), Sat 25 off, Sun 26 调休 (5), Mon 27 (6), Jan 28–Feb 4 off,
            // Feb 5–7 (7–9), Sat 8 调休 (10), Sun 9 off, Feb 10–14 (11–15).
            "2025-01-20, 15, 2025-02-14",
    })
    void deadlines_skip_holidays_and_count_make_up_days(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, CAL.plusWorkingDays(start, n));
    }

    @ParameterizedTest(name = "0 个工作日：{0} → {1}")
    @CsvSource({
            "2026-03-09, 2026-03-09",   // a working Monday is itself
            "2026-01-04, 2026-01-04",   // the 调休 Sunday is itself
            "2026-10-03, 2026-10-08",   // in the middle of 国庆 → first day back
            "2026-03-07, 2026-03-09",   // an ordinary Saturday → Monday
    })
    void zero_days_means_earliest_working_day(LocalDate start, LocalDate expected) {
        assertEquals(expected, CAL.plusWorkingDays(start, 0));
    }

    @ParameterizedTest(name = "({0}, {1}] 有 {2} 个工作日")
    @CsvSource({
            "2026-09-30, 2026-10-08, 1",     // only Oct 8
            "2026-02-13, 2026-02-28, 6",     // Sat 14, 24, 25, 26, 27, Sat 28
            "2025-12-31, 2026-01-05, 2",     // Sun Jan 4 and Mon Jan 5
            "2026-03-09, 2026-03-09, 0",     // same day
            "2026-10-08, 2026-09-30, -1",    // reversed: minus the forward count
            "2026-03-09, 2026-03-02, -5",
            // whole years: 365 − 104 weekend days − 19 weekday holidays + 6 调休 days = 248
            "2025-12-31, 2026-12-31, 248",
            // 2025: 365 − 104 − 18 weekday holidays + 5 调休 days = 248 (Jan 1 is 元旦, so starting
            // the half-open interval there loses nothing)
            "2025-01-01, 2025-12-31, 248",
    })
    void working_days_between(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, CAL.workingDaysBetween(from, to));
    }

    @Test
    void antisymmetric() {
        LocalDate a = LocalDate.of(2026, 2, 10);
        LocalDate b = LocalDate.of(2026, 10, 20);
        assertEquals(-CAL.workingDaysBetween(a, b), CAL.workingDaysBetween(b, a));
    }

    static Stream<Arguments> callsTouching2027() {
        return Stream.of(
                Arguments.of("isWorkingDay(2027-03-01)",
                        (Executable) () -> CAL.isWorkingDay(LocalDate.of(2027, 3, 1))),
                Arguments.of("plusWorkingDays(2026-12-28, 5) runs past Dec 31",
                        (Executable) () -> CAL.plusWorkingDays(LocalDate.of(2026, 12, 28), 5)),
                Arguments.of("plusWorkingDays(2026-12-31, 1)",
                        (Executable) () -> CAL.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)),
                Arguments.of("workingDaysBetween(2026-12-01, 2027-01-10)",
                        (Executable) () -> CAL.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10))),
                Arguments.of("workingDaysBetween reversed",
                        (Executable) () -> CAL.workingDaysBetween(LocalDate.of(2027, 1, 10), LocalDate.of(2026, 12, 1))),
                Arguments.of("holidayName(2027-01-01)",
                        (Executable) () -> CAL.holidayName(LocalDate.of(2027, 1, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsTouching2027")
    void an_unentered_year_is_refused_not_guessed(String call, Executable executable) {
        UnknownYearException e = assertThrows(UnknownYearException.class, executable);
        assertEquals(2027, e.year());
        assertEquals("尚未录入2027年的节假日安排，请管理员先维护工作日历", e.getMessage());
    }

    @Test
    void a_deadline_inside_the_known_year_is_fine_right_up_to_new_year() {
        // Mon Dec 28 + 3 = Thu Dec 31: the last working day of 2026 never needs 2027.
        assertEquals(LocalDate.of(2026, 12, 31), CAL.plusWorkingDays(LocalDate.of(2026, 12, 28), 3));
    }

    @Test
    void only_2026_loaded_refuses_2025() {
        WorkCalendar only2026 = WorkCalendar.of(ChinaHolidays2026.schedule());
        assertTrue(only2026.knowsYear(2026));
        assertFalse(only2026.knowsYear(2025));
        UnknownYearException e = assertThrows(UnknownYearException.class,
                () -> only2026.plusWorkingDays(LocalDate.of(2025, 12, 31), 1));
        assertEquals("尚未录入2025年的节假日安排，请管理员先维护工作日历", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-17, 春节",
            "2026-10-01, 国庆节",
            "2025-10-06, 国庆节、中秋节",
    })
    void holidays_have_names(LocalDate date, String name) {
        assertEquals(Optional.of(name), CAL.holidayName(date));
    }

    @Test
    void ordinary_days_have_no_holiday_name() {
        assertEquals(Optional.empty(), CAL.holidayName(LocalDate.of(2026, 2, 14)));
    }

    @Test
    void negative_days_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> CAL.plusWorkingDays(LocalDate.of(2026, 3, 9), -1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "weekday make-up day      | 2026-03-10 | 调休上班日 2026-03-10 不是周六或周日，请核对通知原文",
            "make-up day is a holiday | 2026-01-03 | 2026-01-03 不能既是放假日又是调休上班日",
    })
    void implausible_schedules_are_rejected(String what, LocalDate makeUp, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new YearSchedule(2026, Set.of(LocalDate.of(2026, 1, 3)), Set.of(makeUp)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void the_same_year_twice_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkCalendar.of(List.of(ChinaHolidays2026.schedule(), ChinaHolidays2026.schedule())));
    }
}
