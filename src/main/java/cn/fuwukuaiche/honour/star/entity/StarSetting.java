package cn.fuwukuaiche.honour.star.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one row of star settings: the star period and the day the 七一 commendation year starts. */
@AuditedAs("五星设置")
@Entity
@Table(name = "star_setting")
public class StarSetting extends BaseEntity implements Audited {

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 16)
    private PeriodKind periodKind = PeriodKind.MONTH;

    @Column(name = "year_start_month", nullable = false)
    private int yearStartMonth = 7;

    @Column(name = "year_start_day", nullable = false)
    private int yearStartDay = 1;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public int getYearStartMonth() {
        return yearStartMonth;
    }

    public int getYearStartDay() {
        return yearStartDay;
    }

    public void set(PeriodKind kind, int startMonth, int startDay, LocalDateTime at, String by) {
        this.periodKind = kind;
        this.yearStartMonth = startMonth;
        this.yearStartDay = startDay;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    @Override
    public String auditLabel() {
        return "五星评定周期与表彰年度";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("评定周期", periodKind.label());
        m.put("表彰年度起始", yearStartMonth + "月" + yearStartDay + "日");
        return m;
    }
}
