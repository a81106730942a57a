package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A judge's score for one participant, or one team (window) of a team contest, in one round of a judged ("other")
 * contest; one per contest, subject, round and judge.
 */
@Entity
@Table(name = "contest_judge_score")
public class JudgeScore extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private SubjectKind subjectKind;
    @Column(name = "subject_id", nullable = false)
    private Long subjectId;
    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(nullable = false, length = 32)
    private String judge;
    @Column(nullable = false)
    private BigDecimal score;

    protected JudgeScore() {
    }

    public JudgeScore(Long contestId, SubjectKind subjectKind, Long subjectId, int roundNo, String judge, BigDecimal score) {
        this.contestId = contestId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.roundNo = roundNo;
        this.judge = judge;
        this.score = score;
    }

    public Long getContestId() { return contestId; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    /** The staff id of a participant, the window id of a team. */
    public Long getSubjectId() { return subjectId; }
    public int getRoundNo() { return roundNo; }
    public String getJudge() { return judge; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
}
