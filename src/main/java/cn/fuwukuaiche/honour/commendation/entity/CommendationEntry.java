package cn.fuwukuaiche.honour.commendation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One person or window on a commendation list, with the honour title and the year's honours that justify it
 * (kept as text as they stood when the list was made).
 */
@Entity
@Table(name = "commendation_entry")
public class CommendationEntry extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commendation_id")
    private Commendation commendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private SubjectKind subjectKind;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "window_id")
    private Long windowId;

    @Column(name = "subject_name", nullable = false, length = 100)
    private String subjectName;

    @Column(name = "unit_name", length = 100)
    private String unitName;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, length = 1000)
    private String honours;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Column(name = "withdraw_reason", length = 1000)
    private String withdrawReason;

    protected CommendationEntry() {
    }

    public CommendationEntry(Commendation commendation, SubjectKind subjectKind, Long staffId, Long windowId, String subjectName,
                             String unitName, String title, String honours, int sortOrder) {
        this.commendation = commendation;
        this.subjectKind = subjectKind;
        this.staffId = staffId;
        this.windowId = windowId;
        this.subjectName = subjectName;
        this.unitName = unitName;
        this.title = title;
        this.honours = honours.length() > 1000 ? honours.substring(0, 999) + "…" : honours;
        this.sortOrder = sortOrder;
    }

    /** An upheld objection during the list's 公示 took this entry off the list (no certificate, not printed). */
    public void withdraw(LocalDateTime at, String by, String reason) {
        withdrawnAt = at;
        withdrawnBy = by;
        withdrawReason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    /** How the entry is named on the public notice: "张三（政务服务中心）". */
    public String publicName() {
        return unitName == null || unitName.isBlank() ? subjectName : subjectName + "（" + unitName + "）";
    }

    public Commendation getCommendation() {
        return commendation;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Long getWindowId() {
        return windowId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getTitle() {
        return title;
    }

    public String getHonours() {
        return honours;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
