package cn.fuwukuaiche.calendar.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.base.time.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One year of the working-day calendar, entered by ADMIN from the State Council notice. Its days are
 * {@link CalendarDay} rows; every change to them also {@link #touch() touches} the year, so the version
 * sum of all years tells whether a cached calendar is stale.
 */
@AuditedAs("工作日历")
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends BaseEntity implements Audited {

    @Column(name = "calendar_year", nullable = false, unique = true)
    private int calendarYear;

    /** The notice it was copied from, e.g. 国办发明电〔2025〕7号. */
    @Column(length = 200)
    private String notice;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected CalendarYear() {
    }

    public CalendarYear(int calendarYear, String notice) {
        this.calendarYear = calendarYear;
        this.notice = notice;
        this.updatedAt = Times.now();
    }

    /** Marks the year as changed (bumps its version on flush). */
    public void touch() {
        updatedAt = Times.now();
    }

    @Override
    public String auditLabel() {
        return calendarYear + "年";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("年份", calendarYear);
        m.put("依据通知", notice);
        return m;
    }

    public int getCalendarYear() {
        return calendarYear;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
