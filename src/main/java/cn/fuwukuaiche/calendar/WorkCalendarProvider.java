package cn.fuwukuaiche.calendar;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.calendar.entity.CalendarDay;
import cn.fuwukuaiche.calendar.entity.CalendarDayKind;
import cn.fuwukuaiche.calendar.entity.CalendarYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The one place services get the working-day calendar from: the years, holidays and make-up working days
 * that ADMIN keeps in the database (工作日历). A year nobody entered is unknown, and every computation
 * touching it throws {@link UnknownYearException} with a message for the user rather than guessing.
 *
 * <p>Each call costs one tiny aggregate query (count and version sum of the year rows); the calendar is
 * rebuilt only when that fingerprint changes, so every node of a cluster sees an administrator's change
 * on its next call. Callers that loop over many rows should call {@link #current()} once.
 */
@HallBound
@ApplicationScoped
public class WorkCalendarProvider {

    @PersistenceContext
    EntityManager em;

    private volatile Cached cached;

    private record Cached(String fingerprint, WorkCalendar calendar) {
    }

    public WorkCalendar current() {
        Object[] f = em.createQuery("select count(y), sum(y.version), max(y.id) from CalendarYear y", Object[].class)
                .getSingleResult();
        String fingerprint = f[0] + "/" + f[1] + "/" + f[2];
        Cached c = cached;
        if (c != null && c.fingerprint().equals(fingerprint)) {
            return c.calendar();
        }
        WorkCalendar calendar = load();
        cached = new Cached(fingerprint, calendar);
        return calendar;
    }

    private WorkCalendar load() {
        List<Integer> years = em.createQuery("select y.calendarYear from CalendarYear y", Integer.class).getResultList();
        List<CalendarRows.Row> rows = em.createQuery("select d from CalendarDay d join fetch d.year", CalendarDay.class)
                .getResultList().stream()
                .map(d -> new CalendarRows.Row(d.getYear().getCalendarYear(), d.getDate(),
                        d.getKind() == CalendarDayKind.HOLIDAY, d.getHolidayName()))
                .toList();
        return WorkCalendar.of(CalendarRows.schedules(years, rows));
    }

    /** Whether any year has been entered at all (a fresh installation before the defaults are loaded). */
    public boolean isEmpty() {
        return em.createQuery("select count(y) from CalendarYear y", Long.class).getSingleResult() == 0;
    }

    /** For the maintenance page. */
    public List<CalendarYear> years() {
        return em.createQuery("select y from CalendarYear y order by y.calendarYear", CalendarYear.class).getResultList();
    }
}
