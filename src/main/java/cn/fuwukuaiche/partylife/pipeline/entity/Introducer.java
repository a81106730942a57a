package cn.fuwukuaiche.partylife.pipeline.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 入党介绍人: one of the two full members of the branch who introduce a 发展对象. */

@Entity
@Table(name = "pipeline_introducer")
public class Introducer extends BaseEntity {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "introducer_name", nullable = false, length = 64)
    private String introducerName;

    protected Introducer() {
    }

    public Introducer(long applicationId, long staffId, String introducerName) {
        this.applicationId = applicationId;
        this.staffId = staffId;
        this.introducerName = introducerName;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getIntroducerName() {
        return introducerName;
    }


}
