package cn.fuwukuaiche.partylife.pipeline.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A paper of a person's file (档案): uploaded ({@code content}), or noted where the paper is kept ({@code keptAt}), or
 * waived by the leader with a reason. One row per paper and person.
 */

@Entity
@Table(name = "pipeline_paper")
public class PipelinePaper extends BaseEntity {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PaperKind paper;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column
    private byte[] content;

    @Column(name = "kept_at", length = 200)
    private String keptAt;

    @Column(nullable = false)
    private boolean waived;

    @Column(name = "waiver_reason", length = 1000)
    private String waiverReason;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected PipelinePaper() {
    }

    public PipelinePaper(long applicationId, PaperKind paper, LocalDateTime recordedAt, String recordedBy) {
        this.applicationId = applicationId;
        this.paper = paper;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public PaperKind getPaper() {
        return paper;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public void setContent(byte[] content) {
        this.content = content;
    }

    public String getKeptAt() {
        return keptAt;
    }

    public void setKeptAt(String keptAt) {
        this.keptAt = keptAt;
    }

    public boolean isWaived() {
        return waived;
    }

    public void setWaived(boolean waived) {
        this.waived = waived;
    }

    public String getWaiverReason() {
        return waiverReason;
    }

    public void setWaiverReason(String waiverReason) {
        this.waiverReason = waiverReason;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }


    /** Uploaded, kept on paper, or waived: the stage may be closed as far as this paper goes. */
    public boolean present() {
        return content != null || (keptAt != null && !keptAt.isBlank()) || waived;
    }

}
