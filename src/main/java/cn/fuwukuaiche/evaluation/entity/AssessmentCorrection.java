package cn.fuwukuaiche.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Append-only record of one correction of a confirmed sheet: who, when, why, and what it changed. */
@Entity
@Table(name = "assessment_correction")
public class AssessmentCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "corrected_at", nullable = false)
    private LocalDateTime correctedAt;

    @Column(name = "corrected_by", nullable = false, length = 64)
    private String correctedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "total_before", precision = 7, scale = 2)
    private BigDecimal totalBefore;

    @Column(name = "total_after", precision = 7, scale = 2)
    private BigDecimal totalAfter;

    @Column(columnDefinition = "TEXT")
    private String changes;

    protected AssessmentCorrection() {
    }

    public AssessmentCorrection(long assessmentId, LocalDateTime correctedAt, String correctedBy, String reason,
                                BigDecimal totalBefore, BigDecimal totalAfter, String changes) {
        this.assessmentId = assessmentId;
        this.correctedAt = correctedAt;
        this.correctedBy = correctedBy;
        this.reason = reason;
        this.totalBefore = totalBefore;
        this.totalAfter = totalAfter;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public LocalDateTime getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getTotalBefore() {
        return totalBefore;
    }

    public BigDecimal getTotalAfter() {
        return totalAfter;
    }

    public String getChanges() {
        return changes;
    }
}
