package cn.fuwukuaiche.calendar.control;

import cn.fuwukuaiche.calendar.CalendarRows;
import cn.fuwukuaiche.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.YearSchedule;
import cn.fuwukuaiche.calendar.entity.CalendarDay;
import cn.fuwukuaiche.calendar.entity.CalendarDayKind;
import cn.fuwukuaiche.calendar.entity.CalendarYear;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * The State Council schedules shipped with the code (2025 and 2026), written into the calendar tables for
 * any year not entered yet. Idempotent; used on the first start and by the demo seeder, whichever runs first.
 */
public final class BuiltInCalendars {

    public static final List<YearSchedule> SCHEDULES = List.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    private static final String NOTICE_2025 = "国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日）";
    private static final String NOTICE_2026 = "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）";

    private BuiltInCalendars() {
    }

    /** Inserts the built-in years that are missing; returns the years inserted. */
    public static List<Integer> insertMissing(EntityManager em) {
        List<Integer> inserted = new ArrayList<>();
        for (YearSchedule s : SCHEDULES) {
            long present = em.createQuery("select count(y) from CalendarYear y where y.calendarYear = :y", Long.class)
                    .setParameter("y", s.year()).getSingleResult();
            if (present > 0) {
                continue;
            }
            CalendarYear year = new CalendarYear(s.year(), s.year() == 2025 ? NOTICE_2025 : NOTICE_2026);
            em.persist(year);
            for (CalendarRows.Row r : CalendarRows.rows(s)) {
                em.persist(new CalendarDay(year, r.date(), r.holiday() ? CalendarDayKind.HOLIDAY : CalendarDayKind.MAKE_UP_WORKDAY,
                        r.holidayName()));
            }
            inserted.add(s.year());
        }
        em.flush();
        return inserted;
    }
}
