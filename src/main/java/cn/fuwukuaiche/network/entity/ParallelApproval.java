package cn.fuwukuaiche.network.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 并联审批: a fixed-asset investment project registered at the hall (中心登记, with a number), accepted by
 * a lead window (窗口受理), reviewed at the same time by the related windows, one per department (告知相关,
 * 同步审批, see {@link ApprovalTask}), and finished with one overall result within the promised limit
 * (限时办结).
 */
@AuditedAs("并联审批")
@Entity
@Table(name = "parallel_approval")
public class ParallelApproval extends BaseEntity implements Audited {

    @Column(name = "project_number", nullable = false, unique = true, length = 32)
    private String projectNumber;

    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    /** 建设单位 (a company, not a private person). */
    @Column(name = "applicant_org", nullable = false, length = 200)
    private String applicantOrg;

    /** 总投资, in 万元. */
    @Column(name = "investment", precision = 14, scale = 2)
    private BigDecimal investment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_window_id", nullable = false)
    private ServiceWindow leadWindow;

    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApprovalState state = ApprovalState.REGISTERED;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "notified_at")
    private LocalDateTime notifiedAt;

    /** 限时办结: {@code promisedDays} working days after acceptance. */
    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 16)
    private ApprovalResult result;

    @Column(name = "result_note", length = 500)
    private String resultNote;

    @OneToMany(mappedBy = "approval")
    @OrderBy("id ASC")
    private List<ApprovalTask> tasks = new ArrayList<>();

    protected ParallelApproval() {
    }

    public ParallelApproval(String projectNumber, String projectName, String applicantOrg, BigDecimal investment,
                            ServiceWindow leadWindow, int promisedDays, LocalDateTime registeredAt, String registeredBy) {
        this.projectNumber = projectNumber;
        this.projectName = projectName;
        this.applicantOrg = applicantOrg;
        this.investment = investment;
        this.leadWindow = leadWindow;
        this.promisedDays = promisedDays;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    @Override
    public String auditLabel() {
        return projectNumber + " " + projectName;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("登记号", projectNumber);
        m.put("项目名称", projectName);
        m.put("建设单位", applicantOrg);
        m.put("总投资（万元）", investment);
        m.put("牵头窗口", leadWindow == null ? null : leadWindow.label());
        m.put("承诺时限（工作日）", promisedDays);
        m.put("状态", state == null ? null : state.label());
        m.put("办结期限", deadline);
        m.put("审批结果", result == null ? null : result.label());
        return m;
    }

    public String getProjectNumber() {
        return projectNumber;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getApplicantOrg() {
        return applicantOrg;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public ServiceWindow getLeadWindow() {
        return leadWindow;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public ApprovalState getState() {
        return state;
    }

    public void setState(ApprovalState state) {
        this.state = state;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(LocalDateTime acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public LocalDateTime getNotifiedAt() {
        return notifiedAt;
    }

    public void setNotifiedAt(LocalDateTime notifiedAt) {
        this.notifiedAt = notifiedAt;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(LocalDateTime finishedAt) {
        this.finishedAt = finishedAt;
    }

    public ApprovalResult getResult() {
        return result;
    }

    public void setResult(ApprovalResult result) {
        this.result = result;
    }

    public String getResultNote() {
        return resultNote;
    }

    public void setResultNote(String resultNote) {
        this.resultNote = resultNote;
    }

    public List<ApprovalTask> getTasks() {
        return tasks;
    }
}
