package cn.fuwukuaiche.calendar.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.calendar.CalendarRows;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.calendar.YearSchedule;
import cn.fuwukuaiche.calendar.entity.CalendarDay;
import cn.fuwukuaiche.calendar.entity.CalendarDayKind;
import cn.fuwukuaiche.calendar.entity.CalendarYear;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 工作日历 maintenance: ADMIN enters each year's holidays and make-up working days (调休上班) from the State
 * Council notice. Every change is checked against the rules of {@link YearSchedule} and {@link WorkCalendar}
 * before it is stored, and audited. Anyone signed in may read.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CalendarService {

    /** How far back and ahead a year may be entered: enough for history and next year's notice. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    WorkCalendarProvider provider;

    @PermitAll
    public List<CalendarYear> years() {
        return provider.years();
    }

    @PermitAll
    public List<CalendarDay> days(int year) {
        return em.createQuery("select d from CalendarDay d where d.year.calendarYear = :y order by d.date", CalendarDay.class)
                .setParameter("y", year).getResultList();
    }

    @PermitAll
    public WorkCalendar calendar() {
        return provider.current();
    }

    public CalendarYear addYear(int year, String notice) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BusinessException("year", "年份须在 " + MIN_YEAR + "–" + MAX_YEAR + " 之间");
        }
        if (findYear(year) != null) {
            throw new BusinessException("year", year + "年已录入，请直接维护其中的日期");
        }
        String n = notice == null || notice.isBlank() ? null : notice.strip();
        if (n != null && n.length() > 200) {
            throw new BusinessException("notice", "依据通知最多 200 个字");
        }
        CalendarYear y = new CalendarYear(year, n);
        em.persist(y);
        em.flush();
        audit.created(y, null);
        return y;
    }

    /** A holiday block as the notice reads it: {@code name} from {@code from} to {@code to}, both inclusive. */
    public List<CalendarDay> addHoliday(int year, String name, LocalDate from, LocalDate to, long expectedYearVersion) {
        CalendarYear y = requireYear(year, expectedYearVersion);
        if (name == null || name.isBlank()) {
            throw new BusinessException("holidayName", "请输入节日名称，如“春节”");
        }
        if (name.strip().length() > 32) {
            throw new BusinessException("holidayName", "节日名称最多 32 个字");
        }
        if (from == null) {
            throw new BusinessException("from", "请选择放假开始日期");
        }
        LocalDate end = to == null ? from : to;
        if (end.isBefore(from)) {
            throw new BusinessException("to", "结束日期不能早于开始日期");
        }
        if (from.plusDays(30).isBefore(end)) {
            throw new BusinessException("to", "一次放假最多 31 天，请核对日期");
        }
        List<CalendarRows.Row> added = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
            added.add(new CalendarRows.Row(year, d, true, name.strip()));
        }
        return store(y, added, "from");
    }

    public CalendarDay addMakeUpDay(int year, LocalDate date, long expectedYearVersion) {
        CalendarYear y = requireYear(year, expectedYearVersion);
        if (date == null) {
            throw new BusinessException("makeUpDate", "请选择调休上班日期");
        }
        return store(y, List.of(new CalendarRows.Row(year, date, false, null)), "makeUpDate").get(0);
    }

    public void removeDay(long dayId, long expectedVersion, String reason) {
        CalendarDay d = em.find(CalendarDay.class, dayId);
        if (d == null) {
            throw new BusinessException("该日期已被删除");
        }
        if (d.getVersion() != expectedVersion) {
            throw new OptimisticLockException("工作日历 " + d.getDate() + " 已被他人修改");
        }
        d.getYear().touch();
        em.remove(d);
        em.flush();
        audit.deleted(d, reason);
    }

    public CalendarYear updateNotice(int year, long expectedVersion, String notice) {
        CalendarYear y = requireYear(year, expectedVersion);
        var before = y.auditState();
        String n = notice == null || notice.isBlank() ? null : notice.strip();
        if (n != null && n.length() > 200) {
            throw new BusinessException("notice", "依据通知最多 200 个字");
        }
        y.setNotice(n);
        y.touch();
        em.flush();
        audit.updated(before, y, null);
        return y;
    }

    private List<CalendarDay> store(CalendarYear y, List<CalendarRows.Row> added, String field) {
        List<CalendarRows.Row> rows = new ArrayList<>(days(y.getCalendarYear()).stream()
                .map(d -> new CalendarRows.Row(y.getCalendarYear(), d.getDate(), d.getKind() == CalendarDayKind.HOLIDAY,
                        d.getHolidayName()))
                .toList());
        for (CalendarRows.Row r : added) {
            if (rows.stream().anyMatch(e -> e.date().equals(r.date()))) {
                throw new BusinessException(field, r.date() + " 已录入，请先删除原记录");
            }
        }
        rows.addAll(added);
        List<YearSchedule> others = new ArrayList<>();
        try {
            YearSchedule changed = CalendarRows.schedule(y.getCalendarYear(), rows);
            for (CalendarYear other : provider.years()) {
                if (other.getCalendarYear() != y.getCalendarYear()) {
                    others.add(CalendarRows.schedule(other.getCalendarYear(), days(other.getCalendarYear()).stream()
                            .map(d -> new CalendarRows.Row(other.getCalendarYear(), d.getDate(),
                                    d.getKind() == CalendarDayKind.HOLIDAY, d.getHolidayName())).toList()));
                }
            }
            others.add(changed);
            WorkCalendar.of(others);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(field, e.getMessage());
        }
        List<CalendarDay> stored = new ArrayList<>();
        for (CalendarRows.Row r : added) {
            CalendarDay d = new CalendarDay(y, r.date(), r.holiday() ? CalendarDayKind.HOLIDAY : CalendarDayKind.MAKE_UP_WORKDAY,
                    r.holidayName());
            em.persist(d);
            stored.add(d);
        }
        y.touch();
        em.flush();
        for (CalendarDay d : stored) {
            audit.created(d, null);
        }
        return stored;
    }

    private CalendarYear requireYear(int year, long expectedVersion) {
        CalendarYear y = findYear(year);
        if (y == null) {
            throw new BusinessException("year", year + "年尚未录入");
        }
        if (y.getVersion() != expectedVersion) {
            throw new OptimisticLockException(year + "年的工作日历已被他人修改");
        }
        return y;
    }

    private CalendarYear findYear(int year) {
        return em.createQuery("select y from CalendarYear y where y.calendarYear = :y", CalendarYear.class)
                .setParameter("y", year).getResultStream().findFirst().orElse(null);
    }
}
