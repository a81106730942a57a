package cn.fuwukuaiche.honour.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** 异议 to a notice, real-name. {@link #phone} is private: never public, masked except for LEADER/ADMIN. */
@Entity
@Table(name = "notice_objection")
public class NoticeObjection extends BaseEntity {

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "objector_kind", nullable = false, length = 16)
    private ObjectorKind objectorKind;

    @Column(name = "objector_name", nullable = false, length = 100)
    private String objectorName;

    @Column(name = "contact_person", length = 100)
    private String contactPerson;

    @Column(length = 32)
    private String phone;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ObjectionStatus status = ObjectionStatus.PENDING;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected NoticeObjection() {
    }

    public NoticeObjection(long noticeId, ObjectorKind kind, String objectorName, String contactPerson, String phone,
                           String content, LocalDateTime submittedAt) {
        this.noticeId = noticeId;
        this.objectorKind = kind;
        this.objectorName = objectorName;
        this.contactPerson = contactPerson;
        this.phone = phone;
        this.content = content;
        this.submittedAt = submittedAt;
    }

    public void decide(ObjectionStatus to, LocalDateTime at, String by, String why) {
        this.status = to;
        this.decidedAt = at;
        this.decidedBy = by;
        this.decisionReason = why;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public ObjectorKind getObjectorKind() {
        return objectorKind;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getContent() {
        return content;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
