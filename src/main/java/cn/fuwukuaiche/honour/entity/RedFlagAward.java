package cn.fuwukuaiche.honour.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * 流动红旗 for one month: the window it went to and the inputs used (the confirmed ranking snapshot, the
 * proposed window with its rank and score). {@code activeYm} equals {@code periodYm} while the award stands
 * and is null once revoked or withdrawn; the unique constraint on it allows one standing award per month.
 */
@Entity
@Table(name = "red_flag_award")
public class RedFlagAward extends EndableHonour {

    @Column(name = "period_ym", nullable = false)
    private int periodYm;

    @Column(name = "active_ym")
    private Integer activeYm;

    @Column(name = "window_id", nullable = false)
    private long windowId;

    @Column(name = "window_label", nullable = false, length = 200)
    private String windowLabel;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "branch_id")
    private Long branchId;

    @Column(name = "snapshot_id", nullable = false)
    private long snapshotId;

    @Column(name = "snapshot_revision", nullable = false)
    private int snapshotRevision;

    @Column(name = "proposed_window_id")
    private Long proposedWindowId;

    @Column(name = "proposed_rank")
    private Integer proposedRank;

    @Column(name = "proposed_score", precision = 7, scale = 2)
    private BigDecimal proposedScore;

    @Column(name = "awarded_rank", nullable = false)
    private int awardedRank;

    @Column(name = "awarded_score", nullable = false, precision = 7, scale = 2)
    private BigDecimal awardedScore;

    /** Why a window other than the proposal was chosen (required then), or a remark. */
    @Column(length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AwardStatus status = AwardStatus.AWARDED;

    @Column(name = "awarded_at", nullable = false)
    private LocalDateTime awardedAt;

    @Column(name = "awarded_by", nullable = false, length = 64)
    private String awardedBy;

    protected RedFlagAward() {
    }

    public RedFlagAward(YearMonth month, long windowId, String windowLabel, Long unitId, Long branchId, long snapshotId,
                        int snapshotRevision, Long proposedWindowId, Integer proposedRank, BigDecimal proposedScore,
                        int awardedRank, BigDecimal awardedScore, String reason, LocalDateTime awardedAt, String awardedBy) {
        this.periodYm = ym(month);
        this.activeYm = periodYm;
        this.windowId = windowId;
        this.windowLabel = windowLabel;
        this.unitId = unitId;
        this.branchId = branchId;
        this.snapshotId = snapshotId;
        this.snapshotRevision = snapshotRevision;
        this.proposedWindowId = proposedWindowId;
        this.proposedRank = proposedRank;
        this.proposedScore = proposedScore;
        this.awardedRank = awardedRank;
        this.awardedScore = awardedScore;
        this.reason = reason;
        this.awardedAt = awardedAt;
        this.awardedBy = awardedBy;
    }

    public static int ym(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    public static YearMonth month(int ym) {
        return YearMonth.of(ym / 100, ym % 100);
    }

    /** Revoked by the leader, or withdrawn after an upheld objection: the month is free again. */
    public void end(AwardStatus to, LocalDateTime at, String by, String why) {
        this.status = to;
        this.activeYm = null;
        ended(at, by, why);
    }

    public boolean inForce() {
        return status == AwardStatus.AWARDED;
    }

    public YearMonth getMonth() {
        return month(periodYm);
    }

    public String monthLabel() {
        return getMonth().getYear() + "年" + getMonth().getMonthValue() + "月";
    }

    public int getPeriodYm() {
        return periodYm;
    }

    public long getWindowId() {
        return windowId;
    }

    public String getWindowLabel() {
        return windowLabel;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getBranchId() {
        return branchId;
    }

    public long getSnapshotId() {
        return snapshotId;
    }

    public int getSnapshotRevision() {
        return snapshotRevision;
    }

    public Long getProposedWindowId() {
        return proposedWindowId;
    }

    public Integer getProposedRank() {
        return proposedRank;
    }

    public BigDecimal getProposedScore() {
        return proposedScore;
    }

    public int getAwardedRank() {
        return awardedRank;
    }

    public BigDecimal getAwardedScore() {
        return awardedScore;
    }

    public String getReason() {
        return reason;
    }

    public AwardStatus getStatus() {
        return status;
    }

    public LocalDateTime getAwardedAt() {
        return awardedAt;
    }

    public String getAwardedBy() {
        return awardedBy;
    }
}
