package cn.fuwukuaiche.partylife.appraisal.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** 民主评议党员: one branch's appraisal of one year, from opening to 公示. */
@Entity
@Table(name = "member_appraisal")
public class MemberAppraisal extends BaseEntity {

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "appraisal_year", nullable = false)
    private int appraisalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppraisalStatus status = AppraisalStatus.OPEN;

    @Column(name = "excellent_cap_percent", nullable = false)
    private int excellentCapPercent;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "noticed_at")
    private LocalDateTime noticedAt;

    @Column(name = "noticed_by", length = 64)
    private String noticedBy;

    protected MemberAppraisal() {
    }

    public MemberAppraisal(long branchId, int appraisalYear, int excellentCapPercent, LocalDateTime openedAt, String openedBy) {
        this.branchId = branchId;
        this.appraisalYear = appraisalYear;
        this.excellentCapPercent = excellentCapPercent;
        this.openedOn = openedAt.toLocalDate();
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    public void close(LocalDateTime at, String by) {
        status = AppraisalStatus.CLOSED;
        closedAt = at;
        closedBy = by;
    }

    public void decided(LocalDateTime at, String by) {
        status = AppraisalStatus.DECIDED;
        decidedAt = at;
        decidedBy = by;
    }

    public void noticed(LocalDateTime at, String by) {
        status = AppraisalStatus.NOTICED;
        noticedAt = at;
        noticedBy = by;
    }

    public long getBranchId() {
        return branchId;
    }

    public int getAppraisalYear() {
        return appraisalYear;
    }

    public AppraisalStatus getStatus() {
        return status;
    }

    public int getExcellentCapPercent() {
        return excellentCapPercent;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getNoticedAt() {
        return noticedAt;
    }
}
