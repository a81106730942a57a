package cn.fuwukuaiche.partylife.appraisal.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One member on an appraisal's roster (fixed on the day it opens): the self-review (个人总结), the grade the
 * committee decided and, for 不合格, the handling. Never what he voted, nor what anyone voted for him.
 */
@Entity
@Table(name = "appraisal_member")
public class AppraisalMember extends BaseEntity {

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "member_name", nullable = false, length = 64)
    private String memberName;

    @Column(name = "self_review")
    private String selfReview;

    @Column(name = "self_review_at")
    private LocalDateTime selfReviewAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private AppraisalGrade grade;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Handling handling;

    @Column(name = "handling_due")
    private LocalDate handlingDue;

    @Column(name = "handling_note", length = 1000)
    private String handlingNote;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    /** A grade decided again after a withdrawal, not yet put to 公示 again. */
    @Column(name = "notice_pending", nullable = false)
    private boolean noticePending;

    @Column(name = "redecided_reason", length = 1000)
    private String redecidedReason;

    protected AppraisalMember() {
    }

    public AppraisalMember(long appraisalId, long staffId, String memberName) {
        this.appraisalId = appraisalId;
        this.staffId = staffId;
        this.memberName = memberName;
    }

    public void writeSelfReview(String text, LocalDateTime at) {
        this.selfReview = text;
        this.selfReviewAt = at;
    }

    public void decide(AppraisalGrade grade) {
        this.grade = grade;
        if (grade != AppraisalGrade.UNQUALIFIED) {
            handling = null;
            handlingDue = null;
            handlingNote = null;
        }
    }

    public void handle(Handling handling, LocalDate due, String note) {
        this.handling = handling;
        this.handlingDue = due;
        this.handlingNote = note;
    }

    /** An objection to the grade's 公示 was upheld: the grade no longer stands (it is no evidence for honours). */
    public void withdraw(String reason) {
        this.withdrawnReason = reason;
    }

    /** The branch decides again after a withdrawal, with a reason; the new grade waits for its own 公示. */
    public void redecide(AppraisalGrade grade, String reason) {
        decide(grade);
        this.withdrawnReason = null;
        this.redecidedReason = reason;
        this.noticePending = true;
    }

    /** The re-decided grade went to 公示. */
    public void renoticed() {
        this.noticePending = false;
    }

    public boolean isNoticePending() {
        return noticePending;
    }

    public String getRedecidedReason() {
        return redecidedReason;
    }

    public boolean isWithdrawn() {
        return withdrawnReason != null;
    }

    public long getAppraisalId() {
        return appraisalId;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getSelfReview() {
        return selfReview;
    }

    public LocalDateTime getSelfReviewAt() {
        return selfReviewAt;
    }

    public AppraisalGrade getGrade() {
        return grade;
    }

    public Handling getHandling() {
        return handling;
    }

    public LocalDate getHandlingDue() {
        return handlingDue;
    }

    public String getHandlingNote() {
        return handlingNote;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }
}
