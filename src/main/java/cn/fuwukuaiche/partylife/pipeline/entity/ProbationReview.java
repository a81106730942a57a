package cn.fuwukuaiche.partylife.pipeline.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 考察记录: the branch's (or a 培养联系人's) record of how an 积极分子, 发展对象 or 预备党员 is doing, on a day. */

@Entity
@Table(name = "probation_review")
public class ProbationReview extends BaseEntity {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PipelineStage stage;

    @Column(name = "by_sponsor", nullable = false)
    private boolean bySponsor;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected ProbationReview() {
    }

    public ProbationReview(long applicationId, LocalDate reviewedOn, PipelineStage stage, boolean bySponsor, String author,
                           String content, LocalDateTime recordedAt, String recordedBy) {
        this.applicationId = applicationId;
        this.reviewedOn = reviewedOn;
        this.stage = stage;
        this.bySponsor = bySponsor;
        this.author = author;
        this.content = content;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public PipelineStage getStage() {
        return stage;
    }

    public boolean isBySponsor() {
        return bySponsor;
    }

    public String getAuthor() {
        return author;
    }

    public String getContent() {
        return content;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }


}
