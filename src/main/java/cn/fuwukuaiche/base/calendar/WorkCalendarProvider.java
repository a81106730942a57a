package cn.fuwukuaiche.base.calendar;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place services get the working-day calendar from. For now it is the State Council schedules
 * shipped with the code (2025 and 2026); once administrators maintain the calendar in the database,
 * only this method's body changes, and every deadline follows.
 */
@ApplicationScoped
public class WorkCalendarProvider {

    private static final WorkCalendar BUILT_IN = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    public WorkCalendar current() {
        return BUILT_IN;
    }
}
