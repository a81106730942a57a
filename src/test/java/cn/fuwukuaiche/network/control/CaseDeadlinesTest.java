package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.base.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a citizen reads on the receipt and an agent sees as a light, over the real 2025/2026 calendar. */
class CaseDeadlinesTest {

    private static final WorkCalendar CAL = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    @ParameterizedTest(name = "accepted {0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2026-11-26, 0,  2026-11-26, same working day",
            "2026-11-26, 1,  2026-11-27, the acceptance day does not count",
            "2026-11-27, 1,  2026-11-30, Friday + 1 is Monday",
            "2026-10-03, 0,  2026-10-08, a same-day promise made on a holiday falls on the first working day",
            "2026-09-30, 5,  2026-10-13, 国庆 is skipped and the make-up Saturday 10-10 counts",
            "2026-09-30, 3,  2026-10-10, a hand-up due on the make-up Saturday",
            "2026-02-13, 3,  2026-02-25, 春节: make-up Saturday 02-14, then nine days off",
            "2026-04-30, 3,  2026-05-08, 劳动节 1–5 May",
            "2025-12-30, 3,  2026-01-05, across the year end: 元旦 off, Sunday 01-04 worked",
            "2026-06-18, 2,  2026-06-23, 端午 19–21 June",
    })
    void deadline(LocalDate accepted, int days, LocalDate expected, String why) {
        assertEquals(expected, CaseDeadlines.deadline(accepted, days, CAL), why);
    }

    @Test
    void a_deadline_in_a_year_nobody_entered_is_refused_with_the_calendar_message() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> CaseDeadlines.deadline(LocalDate.of(2026, 12, 28), 5, CAL));
        assertTrue(e.getMessage().contains("尚未录入2027年的节假日安排"), e.getMessage());
    }

    @ParameterizedTest(name = "today {0}, deadline {1}, yellow within {2} → {3} ({4})")
    @CsvSource({
            "2026-10-08, 2026-10-13, 2, GREEN,  four working days left",
            "2026-10-09, 2026-10-13, 2, GREEN,  three left: 10-10 (make-up), 10-12, 10-13",
            "2026-10-10, 2026-10-13, 2, YELLOW, two left",
            "2026-10-13, 2026-10-13, 2, YELLOW, the deadline day itself is still in time",
            "2026-10-14, 2026-10-13, 2, RED,    one day late",
            "2026-09-30, 2026-10-09, 2, YELLOW, nine calendar days but only two working days after 国庆",
            "2026-11-20, 2026-11-26, 0, GREEN,  threshold 0: only the deadline day is yellow",
            "2026-11-26, 2026-11-26, 0, YELLOW, threshold 0 on the deadline day",
            "2027-01-04, 2026-12-31, 2, RED,    overdue needs no calendar of the new year",
    })
    void light_of_an_open_case(LocalDate today, LocalDate deadline, int yellow, DeadlineLight expected, String why) {
        assertEquals(expected, CaseDeadlines.openLight(today, deadline, null, yellow, CAL).orElseThrow(), why);
    }

    @ParameterizedTest(name = "deadline {1}, hand up by {2}, today {0} → {3}")
    @CsvSource({
            "2026-10-08, 2026-11-20, 2026-10-10, YELLOW, the hand-up limit is near although the promise is far",
            "2026-10-12, 2026-11-20, 2026-10-10, RED,    not handed up in time",
            "2026-10-12, 2026-10-13, 2026-11-20, YELLOW, the promise is the nearer one",
    })
    void the_stricter_of_promise_and_hand_up_limit_wins(LocalDate today, LocalDate deadline, LocalDate handUpBy,
                                                        DeadlineLight expected, String why) {
        assertEquals(expected, CaseDeadlines.openLight(today, deadline, handUpBy, 2, CAL).orElseThrow(), why);
    }

    @Test
    void no_light_before_acceptance_or_when_the_year_is_unknown() {
        assertTrue(CaseDeadlines.openLight(LocalDate.of(2026, 11, 26), null, null, 2, CAL).isEmpty());
        assertTrue(CaseDeadlines.openLight(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 8), null, 2, CAL).isEmpty());
    }

    @ParameterizedTest(name = "handled {0}, deadline {1} → on time {2}")
    @CsvSource({
            "2026-10-13, 2026-10-13, true",
            "2026-10-12, 2026-10-13, true",
            "2026-10-14, 2026-10-13, false",
    })
    void handled_on_time(LocalDate handled, LocalDate deadline, boolean onTime) {
        assertEquals(onTime, CaseDeadlines.handledOnTime(handled, deadline));
    }

    @Test
    void working_days_left_counts_backwards_when_overdue() {
        assertEquals(2, CaseDeadlines.workingDaysLeft(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 13), CAL).orElseThrow());
        assertEquals(-1, CaseDeadlines.workingDaysLeft(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 13), CAL).orElseThrow());
        assertFalse(CaseDeadlines.workingDaysLeft(LocalDate.of(2026, 10, 14), null, CAL).isPresent());
    }
}
