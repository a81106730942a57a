package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The confirmed ranking of a month as it stood when the leader confirmed it, with the scheme version and the
 * tie-breakers used. A later correction stores a new revision; nothing is overwritten, so an award can name
 * the exact revision it was made from ("as it stood").
 */
@Entity
@Table(name = "ranking_snapshot")
public class RankingSnapshot extends BaseEntity {

    @Column(name = "period_ym", nullable = false)
    private int periodYm;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private AssessmentSubject subjectKind;

    @Column(nullable = false)
    private int revision;

    @Column(name = "scheme_version_id", nullable = false)
    private long schemeVersionId;

    @Column(name = "scheme_label", nullable = false, length = 100)
    private String schemeLabel;

    /** The ranking criteria's labels, in order, separated by " › ". */
    @Column(name = "tie_breakers", nullable = false, length = 300)
    private String tieBreakers;

    @Column(name = "confirmed_at", nullable = false)
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by", nullable = false, length = 64)
    private String confirmedBy;

    /** Null for the confirmation itself; the correction's reason for later revisions. */
    @Column(length = 500)
    private String reason;

    @OneToMany(mappedBy = "snapshot", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<RankingSnapshotLine> lines = new ArrayList<>();

    protected RankingSnapshot() {
    }

    public RankingSnapshot(int periodYm, AssessmentSubject subjectKind, int revision, long schemeVersionId, String schemeLabel,
                           String tieBreakers, LocalDateTime confirmedAt, String confirmedBy, String reason) {
        this.periodYm = periodYm;
        this.subjectKind = subjectKind;
        this.revision = revision;
        this.schemeVersionId = schemeVersionId;
        this.schemeLabel = schemeLabel;
        this.tieBreakers = tieBreakers;
        this.confirmedAt = confirmedAt;
        this.confirmedBy = confirmedBy;
        this.reason = reason;
    }

    public void addLine(RankingSnapshotLine line) {
        line.attach(this, lines.size() + 1);
        lines.add(line);
    }

    public int getPeriodYm() {
        return periodYm;
    }

    public AssessmentSubject getSubjectKind() {
        return subjectKind;
    }

    public int getRevision() {
        return revision;
    }

    public long getSchemeVersionId() {
        return schemeVersionId;
    }

    public String getSchemeLabel() {
        return schemeLabel;
    }

    public String getTieBreakers() {
        return tieBreakers;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getReason() {
        return reason;
    }

    public List<RankingSnapshotLine> getLines() {
        return lines;
    }
}
