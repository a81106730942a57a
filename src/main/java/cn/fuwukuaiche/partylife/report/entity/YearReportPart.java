package cn.fuwukuaiche.partylife.report.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
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

/** One branch's part of a year's report (branch 0: the general branch's own part), DRAFT until submitted. */
@Entity
@Table(name = "year_report_part")
public class YearReportPart extends BaseEntity implements Audited {

    /** The general branch's own part (figures of the hall as a whole). */
    public static final long GENERAL = 0L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private YearReport report;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartStatus status = PartStatus.DRAFT;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @OneToMany(mappedBy = "part", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<YearReportValue> values = new ArrayList<>();

    protected YearReportPart() {
    }

    public YearReportPart(YearReport report, long branchId) {
        this.report = report;
        this.branchId = branchId;
    }

    public boolean isSubmitted() {
        return status == PartStatus.SUBMITTED;
    }

    public void submit(LocalDateTime at, String by) {
        status = PartStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
    }

    public void reopen() {
        status = PartStatus.DRAFT;
    }

    public Optional<YearReportValue> value(String code) {
        return values.stream().filter(v -> v.getItemCode().equals(code)).findFirst();
    }

    /** The stored figures by item code (blank ones left out). */
    public Map<String, BigDecimal> amounts() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        values.stream().filter(v -> v.getAmount() != null).forEach(v -> m.put(v.getItemCode(), v.getAmount()));
        return m;
    }

    @Override
    public String auditType() {
        return "党建工作统计表（支部）";
    }

    @Override
    public String auditLabel() {
        return report.getReportYear() + "年 支部" + branchId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("状态", status.label());
        amounts().forEach((k, v) -> m.put(k, v.toPlainString()));
        return m;
    }

    public YearReport getReport() {
        return report;
    }

    public long getBranchId() {
        return branchId;
    }

    public PartStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public List<YearReportValue> getValues() {
        return values;
    }
}
