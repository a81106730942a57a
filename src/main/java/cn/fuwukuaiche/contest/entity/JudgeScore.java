package cn.fuwukuaiche.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A judge's score for one participant, or one team (window) of a team contest, in one round of a judged ("other")
 * contest; one per contest, subject, round and judge.
 */
@Entity
@Table(name = "contest_judge_score")
public class JudgeScore extends ContestSubjectRecord {

    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(nullable = false, length = 32)
    private String judge;
    @Column(nullable = false)
    private BigDecimal score;

    protected JudgeScore() {
    }

    public JudgeScore(Long contestId, SubjectKind subjectKind, Long subjectId, int roundNo, String judge, BigDecimal score) {
        super(contestId, subjectKind, subjectId);
        this.roundNo = roundNo;
        this.judge = judge;
        this.score = score;
    }

    public int getRoundNo() { return roundNo; }
    public String getJudge() { return judge; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
}
