package cn.fuwukuaiche.calendar;

import cn.fuwukuaiche.base.work.Todo;

import java.time.LocalDate;

/**
 * A to-do's light on the work calendar: {@link DeadlineLight} mapped to {@link Todo.Light} by name. No deadline, or a
 * deadline in a year the calendar does not know yet, gives {@code NONE} (the workbench still lists the to-do with
 * its date; the calendar page tells the administrator to enter the year).
 */
public final class TodoLights {

    private TodoLights() {
    }

    public static Todo.Light of(LocalDate today, LocalDate deadline, int yellowWithinWorkingDays, WorkCalendar cal) {
        if (deadline == null || cal == null) {
            return Todo.Light.NONE;
        }
        try {
            return Todo.Light.valueOf(DeadlineLight.of(today, deadline, yellowWithinWorkingDays, cal).name());
        } catch (UnknownYearException e) {
            return today.isAfter(deadline) ? Todo.Light.RED : Todo.Light.NONE;
        }
    }

    /** {@code n} working days after {@code start}, or null when the calendar does not know the years it steps over. */
    public static LocalDate plusWorkingDays(LocalDate start, int n, WorkCalendar cal) {
        try {
            return cal.plusWorkingDays(start, n);
        } catch (UnknownYearException e) {
            return null;
        }
    }
}
