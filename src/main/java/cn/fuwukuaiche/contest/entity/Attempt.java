package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A participant's one attempt. {@link #getStartedAt()} and {@link #getDeadlineAt()} are the server's clock:
 * what the browser says about time is never trusted.
 */
@Entity
@Table(name = "contest_attempt")
public class Attempt extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;
    @Column(name = "staff_id", nullable = false)
    private Long staffId;
    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;
    @Column(name = "deadline_at", nullable = false)
    private LocalDateTime deadlineAt;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;
    /** The paper, in the order this person sees it: comma-separated question ids. */
    @Column(name = "question_ids", length = 2000)
    private String questionIds;
    @Column(name = "correct_count")
    private Integer correctCount;
    @Column(name = "question_total")
    private Integer questionTotal;
    private BigDecimal score;
    @Column(name = "typed_text", columnDefinition = "TEXT")
    private String typedText;
    @Column(name = "typed_text2", columnDefinition = "TEXT")
    private String typedText2;
    @Column(name = "chars_typed")
    private Integer charsTyped;
    @Column(name = "edit_distance")
    private Integer editDistance;
    private BigDecimal speed;
    private BigDecimal accuracy;

    protected Attempt() {
    }

    public Attempt(Long contestId, Long staffId, LocalDateTime startedAt, LocalDateTime deadlineAt) {
        this.contestId = contestId;
        this.staffId = staffId;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public List<Long> getQuestionIdList() {
        if (questionIds == null || questionIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(questionIds.split(",")).map(Long::valueOf).toList();
    }

    public void setQuestionIdList(List<Long> ids) {
        this.questionIds = String.join(",", ids.stream().map(String::valueOf).toList());
    }

    public Long getContestId() { return contestId; }
    public Long getStaffId() { return staffId; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getDeadlineAt() { return deadlineAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
    public boolean isAutoSubmitted() { return autoSubmitted; }
    public void setAutoSubmitted(boolean autoSubmitted) { this.autoSubmitted = autoSubmitted; }
    public Integer getCorrectCount() { return correctCount; }
    public void setCorrectCount(Integer correctCount) { this.correctCount = correctCount; }
    public Integer getQuestionTotal() { return questionTotal; }
    public void setQuestionTotal(Integer questionTotal) { this.questionTotal = questionTotal; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public String getTypedText() { return typedText; }
    public void setTypedText(String typedText) { this.typedText = typedText; }
    public String getTypedText2() { return typedText2; }
    public void setTypedText2(String typedText2) { this.typedText2 = typedText2; }
    public Integer getCharsTyped() { return charsTyped; }
    public void setCharsTyped(Integer charsTyped) { this.charsTyped = charsTyped; }
    public Integer getEditDistance() { return editDistance; }
    public void setEditDistance(Integer editDistance) { this.editDistance = editDistance; }
    public BigDecimal getSpeed() { return speed; }
    public void setSpeed(BigDecimal speed) { this.speed = speed; }
    public BigDecimal getAccuracy() { return accuracy; }
    public void setAccuracy(BigDecimal accuracy) { this.accuracy = accuracy; }
}
