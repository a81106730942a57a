package cn.fuwukuaiche.honour.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** The ADMIN's optional rule for the flag: no window holds it more than N months running (null = no limit). */
@Entity
@Table(name = "red_flag_rule")
public class RedFlagRule extends BaseEntity {

    @Column(name = "max_months_running")
    private Integer maxMonthsRunning;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    public RedFlagRule() {
    }

    public Integer getMaxMonthsRunning() {
        return maxMonthsRunning;
    }

    public void set(Integer max, LocalDateTime at, String by) {
        this.maxMonthsRunning = max;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
