package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One place in a confirmed ranking: rank (1, 2, 2, 4), tie, what decided it, score and red-flag eligibility. */
@Entity
@Table(name = "ranking_snapshot_line")
public class RankingSnapshotLine extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "snapshot_id")
    private RankingSnapshot snapshot;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "place_no", nullable = false)
    private int placeNo;

    private boolean tied;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "window_id", nullable = false)
    private long windowId;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "subject_label", nullable = false, length = 100)
    private String subjectLabel;

    @Column(name = "total_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal totalPoints;

    private boolean vetoed;

    private boolean eligible;

    @Column(precision = 5, scale = 2)
    private BigDecimal satisfaction;

    @Column(name = "bad_count", nullable = false)
    private int badCount;

    protected RankingSnapshotLine() {
    }

    public RankingSnapshotLine(int placeNo, boolean tied, String decidedBy, long windowId, Long staffId, Long assessmentId,
                               String subjectLabel, BigDecimal totalPoints, boolean vetoed, boolean eligible,
                               BigDecimal satisfaction, int badCount) {
        this.placeNo = placeNo;
        this.tied = tied;
        this.decidedBy = decidedBy;
        this.windowId = windowId;
        this.staffId = staffId;
        this.assessmentId = assessmentId;
        this.subjectLabel = subjectLabel;
        this.totalPoints = totalPoints;
        this.vetoed = vetoed;
        this.eligible = eligible;
        this.satisfaction = satisfaction;
        this.badCount = badCount;
    }

    void attach(RankingSnapshot snapshot, int lineNo) {
        this.snapshot = snapshot;
        this.lineNo = lineNo;
    }

    public RankingSnapshot getSnapshot() {
        return snapshot;
    }

    public int getLineNo() {
        return lineNo;
    }

    public int getPlaceNo() {
        return placeNo;
    }

    public boolean isTied() {
        return tied;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getWindowId() {
        return windowId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public BigDecimal getTotalPoints() {
        return totalPoints;
    }

    public boolean isVetoed() {
        return vetoed;
    }

    public boolean isEligible() {
        return eligible;
    }

    public BigDecimal getSatisfaction() {
        return satisfaction;
    }

    public int getBadCount() {
        return badCount;
    }
}
