package cn.fuwukuaiche.partylife.report.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** The figures of a confirmed report as they stood before a correction: who changed them, when, why. */
@Entity
@Table(name = "year_report_revision")
public class YearReportRevision extends BaseEntity {

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false, length = 1000)
    private String reason;

    /** The earlier figures, one "branch/code=value" a line. */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String snapshot;

    protected YearReportRevision() {
    }

    public YearReportRevision(long reportId, int revisionNo, LocalDateTime changedAt, String changedBy, String reason,
                              String snapshot) {
        this.reportId = reportId;
        this.revisionNo = revisionNo;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.snapshot = snapshot;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
