package cn.fuwukuaiche.partylife.pipeline.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** 发展计划: how many 发展对象 and 预备党员 the general branch plans for a branch in a year. */

@Entity
@Table(name = "development_plan")
public class DevelopmentPlan extends BaseEntity {

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(nullable = false)
    private int candidates;

    @Column(nullable = false)
    private int probationaries;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    protected DevelopmentPlan() {
    }

    public DevelopmentPlan(long branchId, int planYear) {
        this.branchId = branchId;
        this.planYear = planYear;
    }

    public long getBranchId() {
        return branchId;
    }

    public int getPlanYear() {
        return planYear;
    }

    public int getCandidates() {
        return candidates;
    }

    public void setCandidates(int candidates) {
        this.candidates = candidates;
    }

    public int getProbationaries() {
        return probationaries;
    }

    public void setProbationaries(int probationaries) {
        this.probationaries = probationaries;
    }

    public LocalDateTime getSetAt() {
        return setAt;
    }

    public void setSetAt(LocalDateTime setAt) {
        this.setAt = setAt;
    }

    public String getSetBy() {
        return setBy;
    }

    public void setSetBy(String setBy) {
        this.setBy = setBy;
    }


}
