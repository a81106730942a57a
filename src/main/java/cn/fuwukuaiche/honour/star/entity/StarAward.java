package cn.fuwukuaiche.honour.star.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leader's decision on one proposed star: confirmed, rejected (with a reason) or later revoked (with a reason).
 * Keeps the figures ({@code evidence}, "METRIC=value;…") and the criteria it was judged by ({@code criteriaText})
 * as they stood, so the award can be recomputed and explained later.
 */
@AuditedAs("五星")
@Entity
@Table(name = "star_award")
public class StarAward extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    private ServiceWindow window;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StarKind star;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 16)
    private PeriodKind periodKind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "period_label", nullable = false, length = 32)
    private String periodLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StarAwardStatus status;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "criteria_text", nullable = false)
    private String criteriaText;

    @Column(length = 500)
    private String reason;

    @Column(name = "decided_at", nullable = false)
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    protected StarAward() {
    }

    public StarAward(Staff staff, ServiceWindow window, StarKind star, PeriodKind periodKind, LocalDate periodStart,
                     LocalDate periodEnd, String periodLabel) {
        this.staff = staff;
        this.window = window;
        this.star = star;
        this.periodKind = periodKind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.periodLabel = periodLabel;
    }

    public void decide(StarAwardStatus status, String evidence, String criteriaText, String reason, LocalDateTime at, String by) {
        this.status = status;
        this.evidence = evidence;
        this.criteriaText = criteriaText;
        this.reason = reason;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public void revoke(String reason, LocalDateTime at, String by) {
        this.status = StarAwardStatus.REVOKED;
        this.reason = reason;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public Staff getStaff() {
        return staff;
    }

    public ServiceWindow getWindow() {
        return window;
    }

    public StarKind getStar() {
        return star;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public StarAwardStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getCriteriaText() {
        return criteriaText;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    @Override
    public String auditLabel() {
        return periodLabel + " " + star.label() + " " + staff.getName();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("期间", periodLabel);
        m.put("星", star.label());
        m.put("人员", staff.getName());
        m.put("窗口", window == null ? null : window.getWindowNo());
        m.put("状态", status == null ? null : status.label());
        m.put("依据", criteriaText);
        m.put("数据", evidence);
        m.put("原因", reason);
        return m;
    }
}
