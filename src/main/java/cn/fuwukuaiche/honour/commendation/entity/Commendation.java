package cn.fuwukuaiche.honour.commendation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One year's 七一 commendation list: the year it covers, its entries, and whether the leader approved it. */
@AuditedAs("七一表彰")
@Entity
@Table(name = "commendation")
public class Commendation extends BaseEntity implements Audited {

    @Column(name = "year_no", nullable = false, unique = true)
    private int yearNo;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommendationStatus status = CommendationStatus.DRAFT;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "notice_opened_at")
    private LocalDateTime noticeOpenedAt;

    @Column(name = "notice_opened_by", length = 64)
    private String noticeOpenedBy;

    @Column(name = "notice_working_days")
    private Integer noticeWorkingDays;

    @Column(name = "notice_closes_on")
    private LocalDate noticeClosesOn;

    @OneToMany(mappedBy = "commendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CommendationEntry> entries = new ArrayList<>();

    protected Commendation() {
    }

    public Commendation(int yearNo, LocalDate startDate, LocalDate endDate) {
        this.yearNo = yearNo;
        this.title = yearNo + "年度“七一”表彰";
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public void approve(LocalDateTime at, String by) {
        status = CommendationStatus.APPROVED;
        approvedAt = at;
        approvedBy = by;
    }

    /** The list went to 公示 (once; the entries' notices carry objections and results). */
    public void putToNotice(LocalDateTime at, String by, int workingDays, LocalDate closesOn) {
        noticeOpenedAt = at;
        noticeOpenedBy = by;
        noticeWorkingDays = workingDays;
        noticeClosesOn = closesOn;
    }

    public boolean isPutToNotice() {
        return noticeOpenedAt != null;
    }

    public LocalDateTime getNoticeOpenedAt() {
        return noticeOpenedAt;
    }

    public String getNoticeOpenedBy() {
        return noticeOpenedBy;
    }

    public Integer getNoticeWorkingDays() {
        return noticeWorkingDays;
    }

    public LocalDate getNoticeClosesOn() {
        return noticeClosesOn;
    }

    public int getYearNo() {
        return yearNo;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public CommendationStatus getStatus() {
        return status;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<CommendationEntry> getEntries() {
        return entries;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("年度", startDate + " 至 " + endDate);
        m.put("状态", status.label());
        if (noticeOpenedAt != null) {
            m.put("公示", noticeOpenedAt.toLocalDate() + " 至 " + noticeClosesOn + "（" + noticeWorkingDays + " 个工作日）");
        }
        m.put("名单", String.join("；", entries.stream().map(e -> e.getSubjectName() + "（" + e.getTitle() + "）").toList()));
        return m;
    }
}
