package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.base.time.Times;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * A staff member's photo (JPEG or PNG, at most 2 MB) and its thumbnail, kept apart from {@link Staff} so lists
 * never load images. One per person; a new upload replaces it. Shown on model-post cards and screens.
 */
@Entity
@Table(name = "staff_photo")
@NamedQuery(name = StaffPhoto.BY_STAFF, query = "select p from StaffPhoto p where p.staffId = :staffId")
public class StaffPhoto extends BaseEntity {

    public static final String BY_STAFF = "StaffPhoto.byStaff";

    @Column(name = "staff_id", nullable = false, unique = true)
    private Long staffId;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Lob
    @Column(nullable = false)
    private byte[] thumbnail;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StaffPhoto() {
    }

    public StaffPhoto(Long staffId, String contentType, byte[] content, byte[] thumbnail) {
        this.staffId = staffId;
        replace(contentType, content, thumbnail);
    }

    public void replace(String contentType, byte[] content, byte[] thumbnail) {
        this.contentType = contentType;
        this.content = content;
        this.thumbnail = thumbnail;
        this.uploadedAt = Times.now();
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    /** Always a JPEG, at most 160 px on its longer side. */
    public byte[] getThumbnail() {
        return thumbnail;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
