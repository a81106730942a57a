package cn.fuwukuaiche.partylife.activity.entity;

import cn.fuwukuaiche.base.entity.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** An evidence photo of an activity (JPEG, PNG or WebP, checked by its bytes), kept in the database. */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto extends StoredFile {

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    protected ActivityPhoto() {
    }

    public ActivityPhoto(Long activityId, String fileName, String contentType, byte[] content, LocalDateTime uploadedAt) {
        super(fileName, contentType, content, uploadedAt);
        this.activityId = activityId;
    }

    public Long getActivityId() {
        return activityId;
    }
}
