package cn.fuwukuaiche.partylife.report.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The general branch's 党建工作统计表 of one year: the branches' parts ({@link YearReportPart}, branch 0 the general
 * branch's own) summed; CONFIRMED by the leader locks it, a later correction needs a reason and keeps the earlier
 * figures ({@link YearReportRevision}).
 */
@Entity
@Table(name = "year_report")
public class YearReport extends BaseEntity implements Audited {

    @Column(name = "report_year", nullable = false, unique = true)
    private int reportYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.OPEN;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(nullable = false)
    private int revision;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("branchId")
    private List<YearReportPart> parts = new ArrayList<>();

    protected YearReport() {
    }

    public YearReport(int reportYear) {
        this.reportYear = reportYear;
    }

    public boolean isConfirmed() {
        return status == ReportStatus.CONFIRMED;
    }

    public Optional<YearReportPart> part(long branchId) {
        return parts.stream().filter(p -> p.getBranchId() == branchId).findFirst();
    }

    public void confirm(LocalDateTime at, String by) {
        status = ReportStatus.CONFIRMED;
        confirmedAt = at;
        confirmedBy = by;
    }

    public int nextRevision() {
        return ++revision;
    }

    @Override
    public String auditType() {
        return "党建工作统计表";
    }

    @Override
    public String auditLabel() {
        return reportYear + "年";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("年度", reportYear);
        m.put("状态", status.label());
        m.put("确认人", confirmedBy);
        m.put("修订", revision);
        return m;
    }

    public int getReportYear() {
        return reportYear;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public int getRevision() {
        return revision;
    }

    public List<YearReportPart> getParts() {
        return parts;
    }
}
