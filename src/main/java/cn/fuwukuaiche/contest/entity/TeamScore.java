package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A judge's score for one team (window) in one round of a judged team contest. */
@Entity
@Table(name = "contest_team_score")
public class TeamScore extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;
    @Column(name = "window_id", nullable = false)
    private Long windowId;
    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(nullable = false, length = 32)
    private String judge;
    @Column(nullable = false)
    private BigDecimal score;

    protected TeamScore() {
    }

    public TeamScore(Long contestId, Long windowId, int roundNo, String judge, BigDecimal score) {
        this.contestId = contestId;
        this.windowId = windowId;
        this.roundNo = roundNo;
        this.judge = judge;
        this.score = score;
    }

    public Long getContestId() { return contestId; }
    public Long getWindowId() { return windowId; }
    public int getRoundNo() { return roundNo; }
    public String getJudge() { return judge; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
}
