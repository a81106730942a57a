package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 月度考评表: one window's (or person's) month — the figures staff fill in ({@link AssessmentEntry}), the
 * scheme version it is scored under, and where it is in the flow. At confirmation the month's rating counts
 * are frozen here ({@code cnt_*}) and the sheet is locked; it changes afterwards only by a recorded correction.
 * {@code totalPoints} and {@code vetoed} are the last computed score, kept for lists; the explanation is always
 * recomputed from the records.
 */
@Entity
@Table(name = "monthly_assessment")
public class MonthlyAssessment extends WindowStaffRecord implements Audited {

    @Column(name = "period_ym", nullable = false)
    private int periodYm;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private AssessmentSubject subjectKind;

    @Column(name = "subject_key", nullable = false, length = 24)
    private String subjectKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_version_id")
    private SchemeVersion schemeVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    @Column(name = "self_note", length = 1000)
    private String selfNote;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "total_points", precision = 7, scale = 2)
    private BigDecimal totalPoints;

    private boolean vetoed;

    @Column(name = "counts_frozen")
    private boolean countsFrozen;

    @Column(name = "cnt_very_satisfied")
    private Integer cntVerySatisfied;

    @Column(name = "cnt_satisfied")
    private Integer cntSatisfied;

    @Column(name = "cnt_basic")
    private Integer cntBasic;

    @Column(name = "cnt_dissatisfied")
    private Integer cntDissatisfied;

    @Column(name = "cnt_very_dissatisfied")
    private Integer cntVeryDissatisfied;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<AssessmentEntry> entries = new ArrayList<>();

    protected MonthlyAssessment() {
    }

    public MonthlyAssessment(int periodYm, AssessmentSubject subjectKind, ServiceWindow window, Staff staff,
                             SchemeVersion schemeVersion) {
        super(window, staff);
        this.periodYm = periodYm;
        this.subjectKind = subjectKind;
        this.subjectKey = subjectKind.key(window.getId(), staff == null ? null : staff.getId());
        this.schemeVersion = schemeVersion;
    }

    /** "A05 户籍业务" or "张伟（A05）" */
    public String subjectLabel() {
        return subjectKind == AssessmentSubject.STAFF && getStaff() != null
                ? getStaff().getName() + "（" + windowNo() + "）" : getWindow().label();
    }

    public String periodLabel() {
        return periodYm / 100 + "年" + periodYm % 100 + "月";
    }

    /** The filled-in figures, code → figure. */
    public Map<String, AssessmentFigure> figures() {
        Map<String, AssessmentFigure> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.getRuleCode(), new AssessmentFigure(e.getRuleCode(), e.getTally(), e.getNote())));
        return m;
    }

    public Optional<AssessmentEntry> entry(String code) {
        return entries.stream().filter(e -> e.getRuleCode().equals(code)).findFirst();
    }

    /** Replaces the figures: zero tallies without a note are dropped, others updated in place or added. */
    public void setFigures(Map<String, AssessmentFigure> figures) {
        entries.removeIf(e -> {
            AssessmentFigure f = figures.get(e.getRuleCode());
            return f == null || (f.tally() == 0 && f.note() == null);
        });
        figures.values().forEach(f -> {
            if (f.tally() == 0 && f.note() == null) {
                return;
            }
            entry(f.code()).ifPresentOrElse(e -> e.set(f.tally(), f.note()),
                    () -> entries.add(new AssessmentEntry(this, f.code(), f.tally(), f.note())));
        });
    }

    public RatingCounts frozenCounts() {
        return countsFrozen ? RatingCounts.of(cntVerySatisfied, cntSatisfied, cntBasic, cntDissatisfied, cntVeryDissatisfied)
                : null;
    }

    public void freezeCounts(RatingCounts c) {
        countsFrozen = true;
        cntVerySatisfied = c.count(cn.fuwukuaiche.base.rating.RatingLevel.VERY_SATISFIED);
        cntSatisfied = c.count(cn.fuwukuaiche.base.rating.RatingLevel.SATISFIED);
        cntBasic = c.count(cn.fuwukuaiche.base.rating.RatingLevel.BASIC);
        cntDissatisfied = c.count(cn.fuwukuaiche.base.rating.RatingLevel.DISSATISFIED);
        cntVeryDissatisfied = c.count(cn.fuwukuaiche.base.rating.RatingLevel.VERY_DISSATISFIED);
    }

    @Override
    public String auditType() {
        return subjectKind == AssessmentSubject.STAFF ? "个人月度考评" : "窗口月度考评";
    }

    @Override
    public String auditLabel() {
        return periodLabel() + " " + subjectLabel();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("月份", periodLabel());
        m.put("对象", subjectLabel());
        m.put("方案版本", schemeVersion == null ? null : "第" + schemeVersion.getVersionNo() + "版");
        m.put("状态", status.label());
        m.put("填报数据", entries.stream().sorted((a, b) -> a.getRuleCode().compareTo(b.getRuleCode()))
                .map(e -> e.getRuleCode() + "×" + e.getTally() + (e.getNote() == null ? "" : "（" + e.getNote() + "）"))
                .collect(Collectors.joining("；")));
        m.put("自评说明", selfNote);
        m.put("退回原因", returnReason);
        m.put("总分", totalPoints == null ? null : totalPoints.toPlainString());
        m.put("一票否决", vetoed);
        return m;
    }

    public int getPeriodYm() {
        return periodYm;
    }

    public AssessmentSubject getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public SchemeVersion getSchemeVersion() {
        return schemeVersion;
    }

    public void setSchemeVersion(SchemeVersion schemeVersion) {
        this.schemeVersion = schemeVersion;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssessmentStatus status) {
        this.status = status;
    }

    public String getSelfNote() {
        return selfNote;
    }

    public void setSelfNote(String selfNote) {
        this.selfNote = selfNote;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public BigDecimal getTotalPoints() {
        return totalPoints;
    }

    public boolean isVetoed() {
        return vetoed;
    }

    public void setScore(BigDecimal totalPoints, boolean vetoed) {
        this.totalPoints = totalPoints;
        this.vetoed = vetoed;
    }

    public boolean isCountsFrozen() {
        return countsFrozen;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void submitted(LocalDateTime at, String by) {
        this.submittedAt = at;
        this.submittedBy = by;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void reviewed(LocalDateTime at, String by) {
        this.reviewedAt = at;
        this.reviewedBy = by;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public void confirmed(LocalDateTime at, String by) {
        this.confirmedAt = at;
        this.confirmedBy = by;
    }

    public List<AssessmentEntry> getEntries() {
        return entries;
    }
}
