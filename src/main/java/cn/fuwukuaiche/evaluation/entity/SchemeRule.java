package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeRuleSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One rule of a scheme version: an item, a deduction, a bonus or a veto. Never changed once stored. */
@Entity
@Table(name = "scheme_rule")
public class SchemeRule extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_version_id")
    private SchemeVersion schemeVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 16)
    private SchemeRuleKind kind;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "item_code", length = 32)
    private String itemCode;

    @Column(precision = 6, scale = 2)
    private BigDecimal points;

    @Column(precision = 6, scale = 2)
    private BigDecimal cap;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SchemeRuleFeed feed;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SchemeRule() {
    }

    SchemeRule(SchemeVersion schemeVersion, SchemeRuleSpec spec) {
        this.schemeVersion = schemeVersion;
        this.kind = spec.kind();
        this.code = spec.code();
        this.name = spec.name();
        this.itemCode = spec.itemCode();
        this.points = spec.points();
        this.cap = spec.cap();
        this.feed = spec.feed() == null ? SchemeRuleFeed.MANUAL : spec.feed();
        this.sortOrder = spec.sortOrder();
    }

    public SchemeRuleSpec toSpec() {
        return new SchemeRuleSpec(kind, code, name, itemCode, points, cap, feed, sortOrder);
    }

    public SchemeVersion getSchemeVersion() {
        return schemeVersion;
    }

    public SchemeRuleKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getItemCode() {
        return itemCode;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public SchemeRuleFeed getFeed() {
        return feed;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
