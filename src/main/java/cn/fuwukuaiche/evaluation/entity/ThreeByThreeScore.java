package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 三亮三比三评 of one Party member in one month: the two scores the branch entered, and as they stood when
 * saved the computed 群众评, the weights of the scheme version in force and the combined score.
 */
@AuditedAs("三评")
@Entity
@Table(name = "three_by_three_score")
public class ThreeByThreeScore extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @Column(name = "period_ym", nullable = false)
    private int periodYm;

    @Column(name = "peer_score", nullable = false, precision = 5, scale = 2)
    private BigDecimal peerScore;

    @Column(name = "organisation_score", nullable = false, precision = 5, scale = 2)
    private BigDecimal organisationScore;

    @Column(name = "public_score", precision = 5, scale = 2)
    private BigDecimal publicScore;

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @Column(name = "combined_score", precision = 5, scale = 2)
    private BigDecimal combinedScore;

    @Column(name = "weight_public", nullable = false, precision = 4, scale = 2)
    private BigDecimal weightPublic;

    @Column(name = "weight_peer", nullable = false, precision = 4, scale = 2)
    private BigDecimal weightPeer;

    @Column(name = "weight_organisation", nullable = false, precision = 4, scale = 2)
    private BigDecimal weightOrganisation;

    @Column(name = "scheme_version_id", nullable = false)
    private long schemeVersionId;

    @Column(length = 500)
    private String note;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    protected ThreeByThreeScore() {
    }

    public ThreeByThreeScore(Staff staff, int periodYm) {
        this.staff = staff;
        this.periodYm = periodYm;
    }

    /** Everything a save sets at once, so no row is ever half-written. */
    public void record(BigDecimal peer, BigDecimal organisation, BigDecimal publicScore, int ratingCount,
                       BigDecimal combined, BigDecimal wPublic, BigDecimal wPeer, BigDecimal wOrganisation,
                       long schemeVersionId, String note, String by, LocalDateTime at) {
        this.peerScore = peer;
        this.organisationScore = organisation;
        this.publicScore = publicScore;
        this.ratingCount = ratingCount;
        this.combinedScore = combined;
        this.weightPublic = wPublic;
        this.weightPeer = wPeer;
        this.weightOrganisation = wOrganisation;
        this.schemeVersionId = schemeVersionId;
        this.note = note;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public Staff getStaff() {
        return staff;
    }

    public int getPeriodYm() {
        return periodYm;
    }

    public BigDecimal getPeerScore() {
        return peerScore;
    }

    public BigDecimal getOrganisationScore() {
        return organisationScore;
    }

    public BigDecimal getPublicScore() {
        return publicScore;
    }

    public int getRatingCount() {
        return ratingCount;
    }

    public BigDecimal getCombinedScore() {
        return combinedScore;
    }

    public BigDecimal getWeightPublic() {
        return weightPublic;
    }

    public BigDecimal getWeightPeer() {
        return weightPeer;
    }

    public BigDecimal getWeightOrganisation() {
        return weightOrganisation;
    }

    public long getSchemeVersionId() {
        return schemeVersionId;
    }

    public String getNote() {
        return note;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public LocalDateTime getEnteredAt() {
        return enteredAt;
    }

    @Override
    public String auditLabel() {
        return staff.getName() + " " + (periodYm / 100) + "年" + (periodYm % 100) + "月";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("党员评", peerScore);
        m.put("组织评", organisationScore);
        m.put("群众评", publicScore);
        m.put("评价次数", ratingCount);
        m.put("三评权重", weightPublic == null ? null : weightPublic.toPlainString() + "/" + weightPeer.toPlainString() + "/"
                                                  + weightOrganisation.toPlainString());
        m.put("综合分", combinedScore);
        m.put("说明", note);
        return m;
    }
}
