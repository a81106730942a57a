package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.base.control.BusinessException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Working-day deadlines of a case and the light shown beside it. Plain Java over {@link WorkCalendar}.
 *
 * <ul>
 *   <li>承诺办结日 = {@code promisedDays} working days after the day of acceptance (the day itself does not
 *       count; 0 days means the same working day, see {@link WorkCalendar#plusWorkingDays}).</li>
 *   <li>上交时限 = {@code handUpDays} working days after the day the case arrived at a node that cannot
 *       handle it (village → township: 3 by default).</li>
 *   <li>While open, the light compares today with the nearer of the two; once handled, the case was on time
 *       if it was handled on or before its deadline.</li>
 * </ul>
 */
public final class CaseDeadlines {

    private CaseDeadlines() {
    }

    /** The promised deadline; an unmaintained year is refused with the calendar's own message. */
    public static LocalDate deadline(LocalDate acceptedOn, int promisedDays, WorkCalendar calendar) {
        try {
            return calendar.plusWorkingDays(acceptedOn, promisedDays);
        } catch (UnknownYearException e) {
            throw new BusinessException(e.getMessage());
        }
    }

    public static LocalDate handUpBy(LocalDate arrivedOn, int handUpDays, WorkCalendar calendar) {
        return deadline(arrivedOn, handUpDays, calendar);
    }

    /**
     * The light of an open case: the stricter of the promise and, while the case waits to be handed up,
     * the hand-up limit. Empty when there is no deadline yet (not accepted) or the calendar does not know
     * the year (the page then shows "未知" rather than a guess).
     */
    public static Optional<DeadlineLight> openLight(LocalDate today, LocalDate deadline, LocalDate handUpBy,
                                                    int yellowWithinWorkingDays, WorkCalendar calendar) {
        try {
            DeadlineLight light = deadline == null ? null : DeadlineLight.of(today, deadline, yellowWithinWorkingDays, calendar);
            if (handUpBy != null) {
                DeadlineLight handUp = DeadlineLight.of(today, handUpBy, yellowWithinWorkingDays, calendar);
                light = light == null || handUp.ordinal() > light.ordinal() ? handUp : light;
            }
            return Optional.ofNullable(light);
        } catch (UnknownYearException e) {
            return Optional.empty();
        }
    }

    /** A handled case was on time when handled on or before its deadline (the deadline day counts). */
    public static boolean handledOnTime(LocalDate handledOn, LocalDate deadline) {
        return deadline != null && handledOn != null && !handledOn.isAfter(deadline);
    }

    /** "还剩 N 个工作日" (negative: overdue by N); empty if the calendar does not know a year in between. */
    public static Optional<Integer> workingDaysLeft(LocalDate today, LocalDate deadline, WorkCalendar calendar) {
        if (deadline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(calendar.workingDaysBetween(today, deadline));
        } catch (UnknownYearException e) {
            return Optional.empty();
        }
    }
}
