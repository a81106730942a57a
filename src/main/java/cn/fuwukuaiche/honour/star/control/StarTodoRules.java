package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.calendar.TodoLights;
import cn.fuwukuaiche.calendar.WorkCalendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The leader's 五星 to-do: the last ended period's proposals still undecided, due {@value #DECIDE_WORKING_DAYS}
 * working days after the period ends (after the month's sheets are confirmed, 10 working days, and before the 流动红旗's
 * 12 — the stars are judged on the confirmed sheets), yellow within {@value #YELLOW_WORKING_DAYS} working days.
 */
public final class StarTodoRules {

    static final int DECIDE_WORKING_DAYS = 15;
    static final int YELLOW_WORKING_DAYS = 3;
    static final String AREA = "五星";

    private StarTodoRules() {
    }

    /** The day the period's stars are to be decided by, or null when the calendar does not know the year yet. */
    public static LocalDate due(StarPeriod period, WorkCalendar cal) {
        return TodoLights.plusWorkingDays(period.end(), DECIDE_WORKING_DAYS, cal);
    }

    /** Nothing when no proposal is pending; otherwise one line with the count, one click to the period's page. */
    public static Optional<Todo> todo(StarPeriod period, int pending, LocalDate today, WorkCalendar cal) {
        if (pending <= 0) {
            return Optional.empty();
        }
        LocalDate due = due(period, cal);
        return Optional.of(new Todo(AREA, "评定" + period.label() + "五星：" + pending + " 项候选待确认", "", due,
                TodoLights.of(today, due, YELLOW_WORKING_DAYS, cal), "stars?period=" + period.key()));
    }
}
