package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 好差评 settings (one row, kept by ADMIN): the fix deadline of a 差评 in working days (5, 10 or 15; localities
 * differ; default 5) and how many working days before it the light turns yellow (default 1). A change applies
 * to rectifications opened afterwards; open ones keep the deadline they were given.
 */
@AuditedAs("好差评设置")
@Entity
@Table(name = "rating_setting")
public class RatingSettings extends BaseEntity implements Audited {

    @Column(name = "fix_working_days", nullable = false)
    private int fixWorkingDays = 5;

    @Column(name = "yellow_working_days", nullable = false)
    private int yellowWorkingDays = 1;

    protected RatingSettings() {
    }

    /** The settings a new hall starts with (those V22 gave the first hall). */
    public static RatingSettings defaults() {
        return new RatingSettings();
    }

    @Override
    public String auditLabel() {
        return "差评整改期限";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("整改期限（工作日）", fixWorkingDays);
        m.put("临期提醒（工作日）", yellowWorkingDays);
        return m;
    }

    public int getFixWorkingDays() {
        return fixWorkingDays;
    }

    public void setFixWorkingDays(int fixWorkingDays) {
        this.fixWorkingDays = fixWorkingDays;
    }

    public int getYellowWorkingDays() {
        return yellowWorkingDays;
    }

    public void setYellowWorkingDays(int yellowWorkingDays) {
        this.yellowWorkingDays = yellowWorkingDays;
    }
}
