package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A photo of the meeting or the scan of the signed attendance sheet (签到表), kept in the database. */
@Entity
@Table(name = "meeting_attachment")
public class MeetingAttachment extends StoredFile {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    protected MeetingAttachment() {
    }

    public MeetingAttachment(Long meetingId, String fileName, String contentType, byte[] content, LocalDateTime uploadedAt) {
        super(fileName, contentType, content, uploadedAt);
        this.meetingId = meetingId;
    }

    public Long getMeetingId() {
        return meetingId;
    }
}
