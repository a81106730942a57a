package cn.fuwukuaiche.honour.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** 行业标兵: a window or a person among the 一旗两岗五星 holders, with the public statement of deeds. */
@Entity
@Table(name = "exemplar")
public class Exemplar extends EndableHonour {

    /** "WINDOW" or "STAFF". */
    @Column(name = "subject_kind", nullable = false, length = 16)
    private String subjectKind;

    @Column(name = "window_id")
    private Long windowId;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Column(name = "window_name", length = 200)
    private String windowName;

    @Column(nullable = false, length = 100)
    private String title;

    /** The honour that makes the subject eligible, e.g. "流动红旗（2026年8月）". */
    @Column(nullable = false, length = 300)
    private String basis;

    @Column(nullable = false, length = 4000)
    private String deeds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExemplarStatus status = ExemplarStatus.IN_NOTICE;

    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    protected Exemplar() {
    }

    public Exemplar(String subjectKind, Long windowId, Long staffId, String subjectName, String windowName, String title,
                    String basis, String deeds, LocalDateTime proposedAt, String proposedBy) {
        this.subjectKind = subjectKind;
        this.windowId = windowId;
        this.staffId = staffId;
        this.subjectName = subjectName;
        this.windowName = windowName;
        this.title = title;
        this.basis = basis;
        this.deeds = deeds;
        this.proposedAt = proposedAt;
        this.proposedBy = proposedBy;
    }

    public void confirm(LocalDateTime at) {
        this.status = ExemplarStatus.CONFIRMED;
        this.confirmedAt = at;
    }

    public void withdraw(LocalDateTime at, String by, String why) {
        this.status = ExemplarStatus.WITHDRAWN;
        ended(at, by, why);
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public Long getWindowId() {
        return windowId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getWindowName() {
        return windowName;
    }

    public String getTitle() {
        return title;
    }

    public String getBasis() {
        return basis;
    }

    public String getDeeds() {
        return deeds;
    }

    public ExemplarStatus getStatus() {
        return status;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
