package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.rating.RatingLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 差评整改: opened by every 不满意/非常不满意. The window's staff call the rater back by {@link #getCallbackDue()}
 * (1 working day) and fix the cause by {@link #getFixDue()} (the setting's 5, 10 or 15 working days, counted
 * from the rating day), each with a note and evidence; one follow-up rating (复评) may be recorded after the
 * fix. Due dates are null while the calendar lacks a year they need.
 */
@AuditedAs("差评整改")
@Entity
@Table(name = "rectification")
public class Rectification extends WindowRecord implements Audited {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "fix_working_days", nullable = false)
    private int fixWorkingDays;

    @Column(name = "callback_due")
    private LocalDate callbackDue;

    @Column(name = "fix_due")
    private LocalDate fixDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RectificationStatus status = RectificationStatus.WAITING_CALLBACK;

    @Column(name = "callback_at")
    private LocalDateTime callbackAt;

    @Column(name = "callback_by", length = 64)
    private String callbackBy;

    @Column(name = "callback_note", length = 1000)
    private String callbackNote;

    @Column(name = "fixed_at")
    private LocalDateTime fixedAt;

    @Column(name = "fixed_by", length = 64)
    private String fixedBy;

    @Column(name = "fix_note", length = 2000)
    private String fixNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_level", length = 24)
    private RatingLevel followUpLevel;

    @Column(name = "follow_up_at")
    private LocalDateTime followUpAt;

    @Column(name = "follow_up_by", length = 64)
    private String followUpBy;

    protected Rectification() {
    }

    public Rectification(Rating rating, LocalDate openedOn, int fixWorkingDays) {
        super(rating.getWindow());
        this.rating = rating;
        this.openedOn = openedOn;
        this.fixWorkingDays = fixWorkingDays;
    }

    public void setDeadlines(LocalDate callbackDue, LocalDate fixDue) {
        this.callbackDue = callbackDue;
        this.fixDue = fixDue;
    }

    public void recordCallback(LocalDateTime at, String by, String note) {
        this.callbackAt = at;
        this.callbackBy = by;
        this.callbackNote = note;
        this.status = RectificationStatus.FIXING;
    }

    public void recordFix(LocalDateTime at, String by, String note) {
        this.fixedAt = at;
        this.fixedBy = by;
        this.fixNote = note;
        this.status = RectificationStatus.FIXED;
    }

    public void recordFollowUp(RatingLevel level, LocalDateTime at, String by) {
        this.followUpLevel = level;
        this.followUpAt = at;
        this.followUpBy = by;
    }

    public void voidByAppeal() {
        this.status = RectificationStatus.VOIDED;
    }

    @Override
    public String auditLabel() {
        return "整改单 " + getId() + "（" + Objects.toString(windowNo(), "") + "）";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("窗口", windowNo());
        m.put("状态", status.label());
        m.put("回访期限", callbackDue);
        m.put("整改期限", fixDue);
        m.put("回访情况", callbackNote);
        m.put("整改情况", fixNote);
        m.put("复评", followUpLevel == null ? null : followUpLevel.label());
        return m;
    }

    public Rating getRating() {
        return rating;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public int getFixWorkingDays() {
        return fixWorkingDays;
    }

    public LocalDate getCallbackDue() {
        return callbackDue;
    }

    public LocalDate getFixDue() {
        return fixDue;
    }

    public RectificationStatus getStatus() {
        return status;
    }

    public LocalDateTime getCallbackAt() {
        return callbackAt;
    }

    public String getCallbackBy() {
        return callbackBy;
    }

    public String getCallbackNote() {
        return callbackNote;
    }

    public LocalDateTime getFixedAt() {
        return fixedAt;
    }

    public String getFixedBy() {
        return fixedBy;
    }

    public String getFixNote() {
        return fixNote;
    }

    public RatingLevel getFollowUpLevel() {
        return followUpLevel;
    }

    public LocalDateTime getFollowUpAt() {
        return followUpAt;
    }

    public String getFollowUpBy() {
        return followUpBy;
    }
}
