package cn.fuwukuaiche.partylife.pipeline.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** 培养联系人: a full member of the branch who guides an 入党积极分子 (one or two per person). */

@Entity
@Table(name = "pipeline_sponsor")
public class Sponsor extends BaseEntity {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "sponsor_name", nullable = false, length = 64)
    private String sponsorName;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    protected Sponsor() {
    }

    public Sponsor(long applicationId, long staffId, String sponsorName, LocalDate assignedOn) {
        this.applicationId = applicationId;
        this.staffId = staffId;
        this.sponsorName = sponsorName;
        this.assignedOn = assignedOn;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getSponsorName() {
        return sponsorName;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }


}
