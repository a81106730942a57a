package cn.fuwukuaiche.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineLightTest {

    static final WorkCalendar CAL = WorkCalendarTest.CAL;

    @ParameterizedTest(name = "今天 {0}，期限 {1}，提前 {2} 个工作日提醒 → {3}")
    @CsvSource({
            // Nine calendar days but only Oct 8 and Oct 9 are working days: already yellow.
            "2026-09-30, 2026-10-09, 2, YELLOW, 临期",
            // Sep 29, Sep 30, Oct 8, Oct 9 = 4 working days left: still green.
            "2026-09-28, 2026-10-09, 2, GREEN,  正常",
            // The deadline day itself: 0 left, in time, yellow.
            "2026-10-09, 2026-10-09, 2, YELLOW, 临期",
            // One calendar day late, even though it is a 调休 Saturday: red.
            "2026-10-10, 2026-10-09, 2, RED,    超期",
            // During the holiday, deadline the first day back: 1 working day left.
            "2026-10-03, 2026-10-08, 1, YELLOW, 临期",
            // Threshold 0: only the deadline day is yellow.
            "2026-10-08, 2026-10-09, 0, GREEN,  正常",
            "2026-10-09, 2026-10-09, 0, YELLOW, 临期",
            // Friday before 春节, deadline the Tuesday after: Sat 14 调休 and Tue 24 = 2 left.
            "2026-02-13, 2026-02-24, 2, YELLOW, 临期",
            "2026-02-13, 2026-02-24, 1, GREEN,  正常",
            // Across the year end: Dec 31 → Jan 5 has Jan 4 (调休) and Jan 5 = 2.
            "2025-12-31, 2026-01-05, 3, YELLOW, 临期",
    })
    void light_counts_working_days_left(LocalDate today, LocalDate deadline, int yellowWithin,
                                        DeadlineLight expected, String label) {
        DeadlineLight light = DeadlineLight.of(today, deadline, yellowWithin, CAL);
        assertEquals(expected, light);
        assertEquals(label, light.label());
    }

    @ParameterizedTest
    @CsvSource({"2026-12-30, 2027-01-08"})
    void a_deadline_in_an_unknown_year_is_refused(LocalDate today, LocalDate deadline) {
        assertThrows(UnknownYearException.class, () -> DeadlineLight.of(today, deadline, 2, CAL));
    }
}
