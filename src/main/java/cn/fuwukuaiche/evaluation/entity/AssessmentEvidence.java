package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 佐证材料: a file attached to a sheet (optionally to one rule of it). Only the metadata lives here; the bytes
 * are in {@link AssessmentEvidenceContent}, so listing a sheet's evidence never loads the files.
 */
@AuditedAs("考评佐证材料")
@Entity
@Table(name = "assessment_evidence")
public class AssessmentEvidence extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private MonthlyAssessment assessment;

    @Column(name = "rule_code", length = 32)
    private String ruleCode;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected AssessmentEvidence() {
    }

    public AssessmentEvidence(MonthlyAssessment assessment, String ruleCode, String fileName, String contentType, int sizeBytes,
                              LocalDateTime uploadedAt, String uploadedBy) {
        this.assessment = assessment;
        this.ruleCode = ruleCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    @Override
    public String auditLabel() {
        return fileName;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("考评表", assessment == null ? null : assessment.auditLabel());
        m.put("规则", ruleCode);
        m.put("文件名", fileName);
        m.put("类型", contentType);
        m.put("大小", sizeBytes);
        return m;
    }

    public MonthlyAssessment getAssessment() {
        return assessment;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
