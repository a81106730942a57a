package cn.fuwukuaiche.base.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

/**
 * A file kept in the database beside the record it belongs to (a meeting's attachment, an activity's photo): the
 * columns {@code file_name}, {@code content_type}, {@code content} (loaded only when read), {@code size_bytes} and
 * {@code uploaded_at} of each subclass's own table.
 */
@MappedSuperclass
public abstract class StoredFile extends BaseEntity {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StoredFile() {
    }

    protected StoredFile(String fileName, String contentType, byte[] content, LocalDateTime uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
