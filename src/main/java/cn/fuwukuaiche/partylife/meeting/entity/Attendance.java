package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One expected member's attendance at a {@link PartyMeeting}: 出席, 请假 (with the reason) or 缺席. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private PartyMeeting meeting;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(length = 200)
    private String reason;

    protected Attendance() {
    }

    public Attendance(PartyMeeting meeting, Long staffId, AttendanceStatus status, String reason) {
        this.meeting = meeting;
        this.staffId = staffId;
        this.status = status;
        this.reason = reason;
    }

    public PartyMeeting getMeeting() {
        return meeting;
    }

    public Long getStaffId() {
        return staffId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
