package cn.fuwukuaiche.honour.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 公示 of one award. {@code subjectType} + {@code subjectId} name the award (see NoticeSubjects); honour,
 * subject name and reason are the public text as published. The period runs opened_on … closes_on
 * (working days from the calendar).
 */
@Entity
@Table(name = "public_notice")
public class PublicNotice extends BaseEntity {

    @Column(name = "subject_type", nullable = false, length = 32)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 200)
    private String honour;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoticeStatus status = NoticeStatus.OPEN;

    @Column(length = 1000)
    private String result;

    @Column(name = "result_on")
    private LocalDate resultOn;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    protected PublicNotice() {
    }

    public PublicNotice(String subjectType, long subjectId, String honour, String subjectName, String reason, int workingDays,
                        LocalDate openedOn, LocalDate closesOn, LocalDateTime openedAt, String openedBy) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.honour = honour;
        this.subjectName = subjectName;
        this.reason = reason;
        this.workingDays = workingDays;
        this.openedOn = openedOn;
        this.closesOn = closesOn;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    public void publishResult(NoticeStatus to, String result, LocalDate on, LocalDateTime at, String by) {
        this.status = to;
        this.result = result;
        this.resultOn = on;
        this.closedAt = at;
        this.closedBy = by;
    }

    public boolean isOpen() {
        return status == NoticeStatus.OPEN;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getHonour() {
        return honour;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getReason() {
        return reason;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public String getResult() {
        return result;
    }

    public LocalDate getResultOn() {
        return resultOn;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
