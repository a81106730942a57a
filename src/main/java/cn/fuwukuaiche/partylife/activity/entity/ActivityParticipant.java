package cn.fuwukuaiche.partylife.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One person (org's staff id) who took part in an activity, and whether he took part as a 领导干部. */
@Embeddable
public class ActivityParticipant {

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(nullable = false)
    private boolean leader;

    protected ActivityParticipant() {
    }

    public ActivityParticipant(Long staffId, boolean leader) {
        this.staffId = staffId;
        this.leader = leader;
    }

    public Long getStaffId() {
        return staffId;
    }

    public boolean isLeader() {
        return leader;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityParticipant p && Objects.equals(staffId, p.staffId) && leader == p.leader;
    }

    @Override
    public int hashCode() {
        return Objects.hash(staffId, leader);
    }
}
