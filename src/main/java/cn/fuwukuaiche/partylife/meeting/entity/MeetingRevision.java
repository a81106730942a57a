package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** 留痕: a submitted record as it stood before a correction, with who corrected it, when and why. */
@Entity
@Table(name = "meeting_revision")
public class MeetingRevision extends BaseEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 500)
    private String reason;

    /** The earlier record as text (field：value lines). */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String earlier;

    @Column(name = "revised_at", nullable = false)
    private LocalDateTime revisedAt;

    @Column(name = "revised_by", nullable = false, length = 64)
    private String revisedBy;

    protected MeetingRevision() {
    }

    public MeetingRevision(Long meetingId, int revision, String reason, String earlier, LocalDateTime revisedAt, String revisedBy) {
        this.meetingId = meetingId;
        this.revision = revision;
        this.reason = reason;
        this.earlier = earlier;
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getRevision() {
        return revision;
    }

    public String getReason() {
        return reason;
    }

    public String getEarlier() {
        return earlier;
    }

    public LocalDateTime getRevisedAt() {
        return revisedAt;
    }

    public String getRevisedBy() {
        return revisedBy;
    }
}
