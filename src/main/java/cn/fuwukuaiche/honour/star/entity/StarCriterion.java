package cn.fuwukuaiche.honour.star.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.honour.star.control.CriterionRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One star criterion set by ADMIN. Never edited: it is retired ({@code validUntil}) and a new one added, so a past
 * period is judged by the rules that applied to it.
 */
@AuditedAs("五星评定标准")
@Entity
@Table(name = "star_criterion")
public class StarCriterion extends BaseEntity implements Audited {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StarKind star;

    @Column(name = "grp", nullable = false)
    private int group;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StarMetric metric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Comparison comparison;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal threshold;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = 200)
    private String note;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected StarCriterion() {
    }

    public StarCriterion(StarKind star, int group, StarMetric metric, Comparison comparison, BigDecimal threshold,
                         LocalDate validFrom, String note, LocalDateTime createdAt, String createdBy) {
        this.star = star;
        this.group = group;
        this.metric = metric;
        this.comparison = comparison;
        this.threshold = threshold;
        this.validFrom = validFrom;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public CriterionRule toRule() {
        return new CriterionRule(getId(), star, group, metric, comparison, threshold, validFrom, validUntil);
    }

    public StarKind getStar() {
        return star;
    }

    public int getGroup() {
        return group;
    }

    public StarMetric getMetric() {
        return metric;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String auditLabel() {
        return star.label() + "（第" + group + "组）" + toRule().text();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("星", star.label());
        m.put("条件组", group);
        m.put("条件", toRule().text());
        m.put("生效日期", validFrom);
        m.put("停用日期", validUntil);
        m.put("说明", note);
        return m;
    }
}
