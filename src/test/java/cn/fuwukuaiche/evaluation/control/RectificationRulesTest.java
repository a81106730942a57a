package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.evaluation.entity.AppealStatus;
import cn.fuwukuaiche.evaluation.entity.RectificationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The deadlines a window sees for a 差评, on the real 2025/2026 calendars. */
class RectificationRulesTest {

    static final WorkCalendar CAL = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    @ParameterizedTest(name = "差评 on {0}, fix in {1} working days → call back by {2}, fix by {3}")
    @CsvSource({
            // an ordinary Wednesday
            "2026-11-25, 5,  2026-11-26, 2026-12-02",
            // Friday: the call-back is due Monday, not Saturday
            "2026-11-27, 5,  2026-11-30, 2026-12-04",
            // the eve of 国庆 2026: the holiday and its 调休 Saturday 10-10
            "2026-09-30, 5,  2026-10-08, 2026-10-13",
            // rated on a holiday (online): counted from the next working day on
            "2026-10-03, 5,  2026-10-08, 2026-10-13",
            // before 春节 2026 with the 调休 Saturday 02-14
            "2026-02-13, 5,  2026-02-14, 2026-02-27",
            "2026-02-13, 10, 2026-02-14, 2026-03-05",
            // across the 2025 → 2026 year end and 元旦 (01-01..03 off, Sunday 01-04 worked)
            "2025-12-31, 5,  2026-01-04, 2026-01-08",
            "2025-12-19, 15, 2025-12-22, 2026-01-12"})
    void deadlines_count_working_days_of_the_calendar(LocalDate ratedOn, int fixDays, LocalDate callbackDue, LocalDate fixDue) {
        RectificationRules.Deadlines d = RectificationRules.deadlines(ratedOn, fixDays, CAL);
        assertEquals(callbackDue, d.callbackDue());
        assertEquals(fixDue, d.fixDue());
    }

    @Test
    void a_deadline_in_a_year_nobody_entered_is_refused_with_the_calendar_message() {
        UnknownYearException e = assertThrows(UnknownYearException.class,
                () -> RectificationRules.deadlines(LocalDate.of(2026, 12, 28), 5, CAL));
        assertEquals("尚未录入2027年的节假日安排，请管理员先维护工作日历", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"4", "7", "20"})
    void only_five_ten_or_fifteen_days_are_a_valid_setting(int days) {
        assertThrows(IllegalArgumentException.class, () -> RectificationRules.deadlines(LocalDate.of(2026, 11, 25), days, CAL));
    }

    @ParameterizedTest(name = "{0}, call back by {1}, fix by {2}, today {3} → {4}")
    @CsvSource(value = {
            "WAITING_CALLBACK, 2026-11-26, 2026-12-02, 2026-11-25, GREEN",
            "WAITING_CALLBACK, 2026-11-26, 2026-12-02, 2026-11-26, YELLOW",
            "WAITING_CALLBACK, 2026-11-26, 2026-12-02, 2026-11-27, RED",
            "FIXING,           2026-11-26, 2026-12-02, 2026-11-27, GREEN",
            "FIXING,           2026-11-26, 2026-12-02, 2026-12-01, YELLOW",
            "FIXING,           2026-11-26, 2026-12-02, 2026-12-02, YELLOW",
            "FIXING,           2026-11-26, 2026-12-02, 2026-12-03, RED",
            // Friday before a fix due Monday: only one working day left → yellow
            "FIXING,           2026-11-24, 2026-11-30, 2026-11-27, YELLOW",
            "FIXED,            2026-11-26, 2026-12-02, 2026-12-09, NULL",
            "VOIDED,           2026-11-26, 2026-12-02, 2026-12-09, NULL"}, nullValues = "NULL")
    void lights_follow_the_open_step(RectificationStatus status, LocalDate callbackDue, LocalDate fixDue, LocalDate today,
                                     DeadlineLight expected) {
        assertEquals(expected, RectificationRules.light(status, callbackDue, fixDue, today, 1, CAL));
    }

    @Test
    void no_light_without_deadlines() {
        assertNull(RectificationRules.light(RectificationStatus.FIXING, null, null, LocalDate.of(2026, 11, 26), 1, CAL));
    }

    @ParameterizedTest
    @CsvSource({"2026-12-02, 2026-12-02T17:59, false", "2026-12-02, 2026-12-03T08:30, true"})
    void the_deadline_day_itself_is_in_time(LocalDate due, LocalDateTime done, boolean late) {
        assertEquals(late, RectificationRules.late(due, done));
    }

    @ParameterizedTest(name = "appeal {0}: decidable {1}")
    @CsvSource({"PENDING, true", "UPHELD, false", "REJECTED, false"})
    void an_appeal_is_decided_once(AppealStatus status, boolean decidable) {
        assertEquals(decidable, RectificationRules.decidable(status));
    }

    @ParameterizedTest(name = "{0}, 复评 done {1}, appealed {2} → {3}")
    @CsvSource({
            "WAITING_CALLBACK, false, false, CALLBACK APPEAL",
            "WAITING_CALLBACK, false, true,  CALLBACK",
            "FIXING,           false, false, FIX APPEAL",
            "FIXED,            false, false, FOLLOW_UP APPEAL",
            "FIXED,            true,  false, APPEAL",
            "FIXED,            true,  true,  ''",
            "VOIDED,           false, false, ''",
    })
    void the_steps_a_window_can_record_now(RectificationStatus status, boolean followedUp, boolean appealed, String expected) {
        String steps = RectificationRules.possibleSteps(status, followedUp, appealed).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, steps);
    }
}
