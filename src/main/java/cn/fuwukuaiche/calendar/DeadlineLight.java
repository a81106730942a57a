package cn.fuwukuaiche.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The traffic light shown next to every time-limited task (并联审批, 差评整改, 代办件).
 *
 * <p>The yellow threshold is measured in working days, not calendar days: nine calendar days before a
 * deadline right after 国庆 may leave only two working days, and that is exactly when staff need the
 * warning.
 */
public enum DeadlineLight {
    GREEN("正常"),
    YELLOW("临期"),
    RED("超期");

    private final String label;

    DeadlineLight(String label) {
        this.label = label;
    }

    /** The word shown on pages and the display screen. */
    public String label() {
        return label;
    }

    /**
     * RED once today is past the deadline (the deadline day itself still counts as in time); YELLOW when
     * {@code workingDaysBetween(today, deadline) <= yellowWithinWorkingDays}, so with a threshold of 0
     * only the deadline day (and non-working days right before it) are yellow; otherwise GREEN.
     *
     * @throws UnknownYearException     if the interval touches a year the calendar does not know
     * @throws IllegalArgumentException if the threshold is negative
     */
    public static DeadlineLight of(LocalDate today, LocalDate deadline, int yellowWithinWorkingDays,
                                   WorkCalendar cal) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cal, "cal");
        if (yellowWithinWorkingDays < 0) {
            throw new IllegalArgumentException("临期提醒的工作日数不能为负数：" + yellowWithinWorkingDays);
        }
        if (today.isAfter(deadline)) {
            return RED;
        }
        return cal.workingDaysBetween(today, deadline) <= yellowWithinWorkingDays ? YELLOW : GREEN;
    }
}
