package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A staff member entered in a contest. */
@Entity
@Table(name = "contest_participant")
public class Participant extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    protected Participant() {
    }

    public Participant(Long contestId, Long staffId) {
        this.contestId = contestId;
        this.staffId = staffId;
    }

    public Long getContestId() { return contestId; }
    public Long getStaffId() { return staffId; }
}
