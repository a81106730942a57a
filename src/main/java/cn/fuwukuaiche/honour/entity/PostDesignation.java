package cn.fuwukuaiche.honour.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 党员示范岗 / 巾帼建功岗: the leader designates a staff member's post for a period. The public card shows
 * 亮身份 (from the staff record), 亮职责 ({@link #duties}) and 亮承诺 (the last approved pledge).
 */
@Entity
@Table(name = "post_designation")
public class PostDesignation extends EndableHonour {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PostKind kind;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "window_id")
    private Long windowId;

    @Column(name = "branch_id")
    private Long branchId;

    @Column(nullable = false, length = 1000)
    private String duties;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AwardStatus status = AwardStatus.AWARDED;

    @Column(length = 1000)
    private String reason;

    @Column(name = "designated_at", nullable = false)
    private LocalDateTime designatedAt;

    @Column(name = "designated_by", nullable = false, length = 64)
    private String designatedBy;

    /** The pledge as last written by the holder (maybe waiting for approval). */
    @Column(length = 1000)
    private String pledge;

    @Enumerated(EnumType.STRING)
    @Column(name = "pledge_status", nullable = false, length = 16)
    private PledgeStatus pledgeStatus = PledgeStatus.NONE;

    @Column(name = "pledge_written_at")
    private LocalDateTime pledgeWrittenAt;

    @Column(name = "pledge_reviewed_at")
    private LocalDateTime pledgeReviewedAt;

    @Column(name = "pledge_reviewed_by", length = 64)
    private String pledgeReviewedBy;

    @Column(name = "pledge_return_reason", length = 500)
    private String pledgeReturnReason;

    /** The pledge the public card shows: the last one the secretary approved. */
    @Column(name = "approved_pledge", length = 1000)
    private String approvedPledge;

    protected PostDesignation() {
    }

    public PostDesignation(PostKind kind, long staffId, Long windowId, Long branchId, String duties, LocalDate validFrom,
                           LocalDate validUntil, String reason, LocalDateTime designatedAt, String designatedBy) {
        this.kind = kind;
        this.staffId = staffId;
        this.windowId = windowId;
        this.branchId = branchId;
        this.duties = duties;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.reason = reason;
        this.designatedAt = designatedAt;
        this.designatedBy = designatedBy;
    }

    /** In force on the day: not ended and the day within the period. */
    public boolean inForceOn(LocalDate day) {
        return status == AwardStatus.AWARDED && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public void end(AwardStatus to, LocalDateTime at, String by, String why) {
        this.status = to;
        ended(at, by, why);
    }

    public void writePledge(String text, LocalDateTime at) {
        this.pledge = text;
        this.pledgeStatus = PledgeStatus.PENDING;
        this.pledgeWrittenAt = at;
        this.pledgeReturnReason = null;
    }

    public void approvePledge(LocalDateTime at, String by) {
        this.pledgeStatus = PledgeStatus.APPROVED;
        this.approvedPledge = pledge;
        this.pledgeReviewedAt = at;
        this.pledgeReviewedBy = by;
    }

    public void returnPledge(LocalDateTime at, String by, String why) {
        this.pledgeStatus = PledgeStatus.RETURNED;
        this.pledgeReviewedAt = at;
        this.pledgeReviewedBy = by;
        this.pledgeReturnReason = why;
    }

    public PostKind getKind() {
        return kind;
    }

    public long getStaffId() {
        return staffId;
    }

    public Long getWindowId() {
        return windowId;
    }

    public Long getBranchId() {
        return branchId;
    }

    public String getDuties() {
        return duties;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public AwardStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getDesignatedAt() {
        return designatedAt;
    }

    public String getDesignatedBy() {
        return designatedBy;
    }

    public String getPledge() {
        return pledge;
    }

    public PledgeStatus getPledgeStatus() {
        return pledgeStatus;
    }

    public LocalDateTime getPledgeWrittenAt() {
        return pledgeWrittenAt;
    }

    public LocalDateTime getPledgeReviewedAt() {
        return pledgeReviewedAt;
    }

    public String getPledgeReviewedBy() {
        return pledgeReviewedBy;
    }

    public String getPledgeReturnReason() {
        return pledgeReturnReason;
    }

    public String getApprovedPledge() {
        return approvedPledge;
    }
}
