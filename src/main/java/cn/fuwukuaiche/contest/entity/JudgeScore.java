package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A judge's score for one participant in one round of an "other" contest. */
@Entity
@Table(name = "contest_judge_score")
public class JudgeScore extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;
    @Column(name = "staff_id", nullable = false)
    private Long staffId;
    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(nullable = false, length = 32)
    private String judge;
    @Column(nullable = false)
    private BigDecimal score;

    protected JudgeScore() {
    }

    public JudgeScore(Long contestId, Long staffId, int roundNo, String judge, BigDecimal score) {
        this.contestId = contestId;
        this.staffId = staffId;
        this.roundNo = roundNo;
        this.judge = judge;
        this.score = score;
    }

    public Long getContestId() { return contestId; }
    public Long getStaffId() { return staffId; }
    public int getRoundNo() { return roundNo; }
    public String getJudge() { return judge; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
}
