package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeRuleSpec;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeSpec;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One numbered version of a scoring scheme, applying from {@code effectiveYm} (e.g. 202609) until the next
 * version. Immutable once stored: a change is a new version, so every past month keeps the rules it was
 * scored under. {@link #toSpec()} hands its data to {@code SchemeMapper}, the one place rules are built.
 */
@AuditedAs("评分方案版本")
@Entity
@Table(name = "scheme_version")
public class SchemeVersion extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scheme_id")
    private ScoringScheme scheme;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "effective_ym", nullable = false)
    private int effectiveYm;

    @Column(name = "bonus_cap", nullable = false, precision = 6, scale = 2)
    private BigDecimal bonusCap;

    @Column(name = "pts_very_satisfied", nullable = false, precision = 6, scale = 2)
    private BigDecimal ptsVerySatisfied;

    @Column(name = "pts_satisfied", nullable = false, precision = 6, scale = 2)
    private BigDecimal ptsSatisfied;

    @Column(name = "pts_basic", nullable = false, precision = 6, scale = 2)
    private BigDecimal ptsBasic;

    @Column(name = "pts_dissatisfied", nullable = false, precision = 6, scale = 2)
    private BigDecimal ptsDissatisfied;

    @Column(name = "pts_very_dissatisfied", nullable = false, precision = 6, scale = 2)
    private BigDecimal ptsVeryDissatisfied;

    @Column(name = "weight_public", nullable = false, precision = 5, scale = 4)
    private BigDecimal weightPublic;

    @Column(name = "weight_peer", nullable = false, precision = 5, scale = 4)
    private BigDecimal weightPeer;

    @Column(name = "weight_organisation", nullable = false, precision = 5, scale = 4)
    private BigDecimal weightOrganisation;

    @Column(name = "tie_breakers", nullable = false, length = 200)
    private String tieBreakers;

    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "schemeVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    private List<SchemeRule> rules = new ArrayList<>();

    protected SchemeVersion() {
    }

    public SchemeVersion(ScoringScheme scheme, SchemeSpec spec, LocalDateTime createdAt, String createdBy) {
        this.scheme = scheme;
        this.versionNo = spec.versionNo();
        this.effectiveYm = spec.effectiveYm();
        this.bonusCap = spec.bonusCap();
        this.ptsVerySatisfied = spec.ratingPoints().get(0);
        this.ptsSatisfied = spec.ratingPoints().get(1);
        this.ptsBasic = spec.ratingPoints().get(2);
        this.ptsDissatisfied = spec.ratingPoints().get(3);
        this.ptsVeryDissatisfied = spec.ratingPoints().get(4);
        this.weightPublic = spec.weightPublic();
        this.weightPeer = spec.weightPeer();
        this.weightOrganisation = spec.weightOrganisation();
        this.tieBreakers = spec.tieBreakers() == null ? "" : spec.tieBreakers();
        this.changeNote = spec.changeNote();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        for (SchemeRuleSpec r : spec.rules()) {
            rules.add(new SchemeRule(this, r));
        }
    }

    public SchemeSpec toSpec() {
        return new SchemeSpec(getId(), scheme.getName(), versionNo, effectiveYm, bonusCap,
                List.of(ptsVerySatisfied, ptsSatisfied, ptsBasic, ptsDissatisfied, ptsVeryDissatisfied),
                weightPublic, weightPeer, weightOrganisation, tieBreakers, changeNote,
                rules.stream().map(SchemeRule::toSpec).toList());
    }

    @Override
    public String auditLabel() {
        return scheme.getName() + " 第" + versionNo + "版";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("方案", scheme.getName());
        m.put("版本", versionNo);
        m.put("施行月份", effectiveYm / 100 + "年" + effectiveYm % 100 + "月");
        m.put("考评项目", describe(SchemeRuleKind.ITEM));
        m.put("扣分项", describe(SchemeRuleKind.DEDUCTION));
        m.put("加分项", describe(SchemeRuleKind.BONUS));
        m.put("一票否决项", describe(SchemeRuleKind.VETO));
        m.put("加分上限", bonusCap == null ? null : bonusCap.stripTrailingZeros().toPlainString());
        m.put("好差评折算", String.join("/", List.of(ptsVerySatisfied, ptsSatisfied, ptsBasic, ptsDissatisfied,
                ptsVeryDissatisfied).stream().map(p -> p.stripTrailingZeros().toPlainString()).toList()));
        m.put("三评权重", weightPublic.stripTrailingZeros().toPlainString() + "/" + weightPeer.stripTrailingZeros().toPlainString()
                + "/" + weightOrganisation.stripTrailingZeros().toPlainString());
        m.put("排名依据", tieBreakers);
        m.put("变更说明", changeNote);
        return m;
    }

    private String describe(SchemeRuleKind kind) {
        return rules.stream().filter(r -> r.getKind() == kind).map(r -> r.getName()
                        + (r.getPoints() == null ? "" : " " + r.getPoints().stripTrailingZeros().toPlainString())
                        + (r.getCap() == null ? "" : "（上限 " + r.getCap().stripTrailingZeros().toPlainString() + "）")
                        + (r.getFeed().computed() ? "〔自动〕" : ""))
                .collect(Collectors.joining("、"));
    }

    public ScoringScheme getScheme() {
        return scheme;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public int getEffectiveYm() {
        return effectiveYm;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<SchemeRule> getRules() {
        return rules;
    }
}
