package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.time.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 申诉: the window's staff hold a 差评 to be malicious or mistaken. The leader decides, always with a reason;
 * an upheld appeal sets {@link Rating#isExcluded()}, which takes the rating out of every score. One per rating.
 */
@AuditedAs("评价申诉")
@Entity
@Table(name = "rating_appeal")
public class RatingAppeal extends WindowRecord implements Audited {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    @Column(name = "appeal_reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "appealed_at", nullable = false)
    private LocalDateTime appealedAt;

    @Column(name = "appealed_by", nullable = false, length = 64)
    private String appealedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppealStatus status = AppealStatus.PENDING;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected RatingAppeal() {
    }

    public RatingAppeal(Rating rating, String reason, String appealedBy) {
        super(rating.getWindow());
        this.rating = rating;
        this.reason = reason;
        this.appealedBy = appealedBy;
        this.appealedAt = Times.now();
    }

    /** Demo data and imports: when the appeal was really made. */
    public void setAppealedAt(LocalDateTime appealedAt) {
        this.appealedAt = appealedAt;
    }

    public void decide(boolean upheld, String by, String decisionReason, LocalDateTime at) {
        this.status = upheld ? AppealStatus.UPHELD : AppealStatus.REJECTED;
        this.decidedBy = by;
        this.decisionReason = decisionReason;
        this.decidedAt = at;
    }

    @Override
    public String auditLabel() {
        return "申诉 " + getId() + "（" + Objects.toString(windowNo(), "") + "）";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("评价", rating == null ? null : rating.getId());
        m.put("窗口", windowNo());
        m.put("申诉理由", reason);
        m.put("状态", status.label());
        m.put("裁定理由", decisionReason);
        return m;
    }

    public Rating getRating() {
        return rating;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getAppealedAt() {
        return appealedAt;
    }

    public String getAppealedBy() {
        return appealedBy;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
