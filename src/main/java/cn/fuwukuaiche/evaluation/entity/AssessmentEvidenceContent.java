package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of one evidence file (MEDIUMBLOB, at most 5 MB), loaded only to download it. */
@Entity
@Table(name = "assessment_evidence_content")
public class AssessmentEvidenceContent extends BaseEntity {

    @Column(name = "evidence_id", nullable = false, unique = true)
    private long evidenceId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected AssessmentEvidenceContent() {
    }

    public AssessmentEvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public byte[] getContent() {
        return content;
    }
}
