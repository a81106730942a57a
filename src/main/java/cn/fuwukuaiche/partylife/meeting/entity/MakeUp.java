package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * 补学: a member who was absent or excused from a meeting whose kind requires it (党课, 支部党员大会) makes it up;
 * the member or the secretary marks it done with the date.
 */
@Entity
@Table(name = "meeting_make_up")
public class MakeUp extends BaseEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "meeting_id")
    private PartyMeeting meeting;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "marked_by", length = 64)
    private String markedBy;

    protected MakeUp() {
    }

    public MakeUp(PartyMeeting meeting, Long staffId) {
        this.meeting = meeting;
        this.staffId = staffId;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public void done(LocalDate on, String by) {
        this.doneOn = on;
        this.markedBy = by;
    }

    public PartyMeeting getMeeting() {
        return meeting;
    }

    public Long getStaffId() {
        return staffId;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getMarkedBy() {
        return markedBy;
    }
}
