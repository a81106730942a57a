package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.evaluation.entity.AssessmentEvidence;

import java.time.LocalDateTime;

/** An evidence file as lists show it (no bytes). */
public record AssessmentEvidenceInfo(long id, long entityVersion, long assessmentId, String ruleCode, String fileName,
                                     String contentType, int sizeBytes, LocalDateTime uploadedAt, String uploadedBy) {

    static AssessmentEvidenceInfo of(AssessmentEvidence e) {
        return of(e, java.util.Map.of());
    }

    /** With the uploader shown by name ({@code names}: account → person), the account when unknown. */
    static AssessmentEvidenceInfo of(AssessmentEvidence e, java.util.Map<String, String> names) {
        return new AssessmentEvidenceInfo(e.getId(), e.getVersion(), e.getAssessment().getId(), e.getRuleCode(), e.getFileName(),
                e.getContentType(), e.getSizeBytes(), e.getUploadedAt(),
                cn.fuwukuaiche.security.control.PersonNames.in(names, e.getUploadedBy()));
    }

    /** "1.2 MB", "35 KB" */
    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0)
                : Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }
}
