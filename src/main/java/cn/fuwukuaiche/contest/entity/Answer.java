package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One saved answer of an attempt; saved as it is given, graded on submission. */
@Entity
@Table(name = "contest_answer")
public class Answer extends BaseEntity {

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;
    @Column(name = "question_id", nullable = false)
    private Long questionId;
    @Column(name = "answer_given", length = 16)
    private String given;
    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;
    private Boolean correct;

    protected Answer() {
    }

    public Answer(Long attemptId, Long questionId) {
        this.attemptId = attemptId;
        this.questionId = questionId;
    }

    public Long getAttemptId() { return attemptId; }
    public Long getQuestionId() { return questionId; }
    public String getGiven() { return given; }
    public void setGiven(String given) { this.given = given; }
    public LocalDateTime getSavedAt() { return savedAt; }
    public void setSavedAt(LocalDateTime savedAt) { this.savedAt = savedAt; }
    public Boolean getCorrect() { return correct; }
    public void setCorrect(Boolean correct) { this.correct = correct; }
}
