package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.base.time.Times;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A file proving a call-back or a fix (photo, scan, PDF), at most 5 MB. Lists never load the content. */
@Entity
@Table(name = "rectification_evidence")
public class RectificationEvidence extends BaseEntity {

    @Column(name = "rectification_id", nullable = false)
    private Long rectificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RectificationStep step;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected RectificationEvidence() {
    }

    public RectificationEvidence(Long rectificationId, RectificationStep step, String fileName, String contentType, byte[] content,
                                 String uploadedBy) {
        this.rectificationId = rectificationId;
        this.step = step;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Times.now();
    }

    public Long getRectificationId() {
        return rectificationId;
    }

    public RectificationStep getStep() {
        return step;
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

    public byte[] getContent() {
        return content;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
