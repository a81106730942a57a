package cn.fuwukuaiche.calendar.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One exception to the Monday–Friday week in a year's notice: a holiday (with its name) or a 调休 workday. */
@AuditedAs("工作日历日期")
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private CalendarYear year;

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind", nullable = false, length = 16)
    private CalendarDayKind kind;

    @Column(name = "holiday_name", length = 32)
    private String holidayName;

    protected CalendarDay() {
    }

    public CalendarDay(CalendarYear year, LocalDate date, CalendarDayKind kind, String holidayName) {
        this.year = year;
        this.date = date;
        this.kind = kind;
        this.holidayName = kind == CalendarDayKind.HOLIDAY ? holidayName : null;
    }

    @Override
    public String auditLabel() {
        return date + " " + kind.label() + (holidayName == null ? "" : "（" + holidayName + "）");
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("日期", date);
        m.put("类型", kind.label());
        m.put("节日", holidayName);
        return m;
    }

    public CalendarYear getYear() {
        return year;
    }

    public LocalDate getDate() {
        return date;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public String getHolidayName() {
        return holidayName;
    }
}
