package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A staff member entered in a contest (with the window they belong to: their team in a team contest). */
@Entity
@Table(name = "contest_participant")
public class Participant extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    /** The staff member's window when entered: their team in a team contest. */
    @Column(name = "window_id")
    private Long windowId;

    protected Participant() {
    }

    public Participant(Long contestId, Long staffId, Long windowId) {
        this.contestId = contestId;
        this.staffId = staffId;
        this.windowId = windowId;
    }

    public Long getContestId() { return contestId; }
    public Long getStaffId() { return staffId; }
    public Long getWindowId() { return windowId; }
}
