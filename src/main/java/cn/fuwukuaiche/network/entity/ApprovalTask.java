package cn.fuwukuaiche.network.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One department's part of a parallel approval: its related window reviews by its own deadline and
 * answers 同意 / 不同意 / 需补正材料. An unanswered task past its deadline counts as agreement when the
 * setting says so; once the system has recorded that, {@code deemed} is true and the answer is
 * {@link TaskAnswer#DEEMED_AGREE}, so the record says it was deemed and nobody answered.
 */
@AuditedAs("并联审批任务")
@Entity
@Table(name = "approval_task")
public class ApprovalTask extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id", nullable = false)
    private ParallelApproval approval;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "window_id", nullable = false)
    private ServiceWindow window;

    @Column(name = "review_days", nullable = false)
    private int reviewDays;

    /** The day the review clock (re)started: notification, or materials supplied after 补正. */
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TaskAnswer answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_by_name", length = 64)
    private String answeredByName;

    @Column(name = "answer_comment", length = 500)
    private String comment;

    @Column(nullable = false)
    private boolean deemed;

    protected ApprovalTask() {
    }

    public ApprovalTask(ParallelApproval approval, Unit unit, ServiceWindow window, int reviewDays, LocalDate startedOn,
                        LocalDate deadline) {
        this.approval = approval;
        this.unit = unit;
        this.window = window;
        this.reviewDays = reviewDays;
        this.startedOn = startedOn;
        this.deadline = deadline;
    }

    @Override
    public String auditLabel() {
        return (approval == null ? "" : approval.getProjectNumber() + " ") + (unit == null ? "" : unit.getName());
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("部门", unit == null ? null : unit.getName());
        m.put("窗口", window == null ? null : window.label());
        m.put("审批时限（工作日）", reviewDays);
        m.put("审批期限", deadline);
        m.put("意见", answer == null ? null : answer.label());
        m.put("说明", comment);
        m.put("超时视为同意", deemed);
        return m;
    }

    public ParallelApproval getApproval() {
        return approval;
    }

    public Unit getUnit() {
        return unit;
    }

    public ServiceWindow getWindow() {
        return window;
    }

    public int getReviewDays() {
        return reviewDays;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public TaskAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(TaskAnswer answer) {
        this.answer = answer;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public void setAnsweredAt(LocalDateTime answeredAt) {
        this.answeredAt = answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public String getAnsweredByName() {
        return answeredByName;
    }

    public void setAnsweredByName(String answeredByName) {
        this.answeredByName = answeredByName;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isDeemed() {
        return deemed;
    }

    public void setDeemed(boolean deemed) {
        this.deemed = deemed;
    }
}
