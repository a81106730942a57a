package cn.fuwukuaiche.partylife.pipeline.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A step of 发展党员 as recorded: what, on which day, who recorded it and when; a 支部大会's vote with its counts. */

@Entity
@Table(name = "pipeline_step")
public class PipelineStep extends BaseEntity {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private StepKind step;

    @Column(name = "step_on", nullable = false)
    private LocalDate stepOn;

    @Column(length = 2000)
    private String note;

    @Column
    private Integer entitled;

    @Column
    private Integer present;

    @Column(name = "in_favour")
    private Integer inFavour;

    @Column
    private Integer against;

    @Column
    private Integer abstained;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected PipelineStep() {
    }

    public PipelineStep(long applicationId, StepKind step, LocalDate stepOn, String note, LocalDateTime recordedAt, String recordedBy) {
        this.applicationId = applicationId;
        this.step = step;
        this.stepOn = stepOn;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The 支部大会's counts (应到 with the right to vote, 实到, 赞成, 反对, 弃权). */
    public PipelineStep withVote(int entitled, int present, int inFavour, int against, int abstained) {
        this.entitled = entitled;
        this.present = present;
        this.inFavour = inFavour;
        this.against = against;
        this.abstained = abstained;
        return this;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public StepKind getStep() {
        return step;
    }

    public LocalDate getStepOn() {
        return stepOn;
    }

    public String getNote() {
        return note;
    }

    public Integer getEntitled() {
        return entitled;
    }

    public Integer getPresent() {
        return present;
    }

    public Integer getInFavour() {
        return inFavour;
    }

    public Integer getAgainst() {
        return against;
    }

    public Integer getAbstained() {
        return abstained;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }


}
