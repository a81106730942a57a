package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A team's (window's) place and prize in a team contest, fixed when the results are computed. */
@Entity
@Table(name = "contest_team_result")
public class TeamResult extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;
    @Column(name = "window_id", nullable = false)
    private Long windowId;
    @Column(nullable = false)
    private BigDecimal score;
    @Column(nullable = false)
    private int place;
    @Column(nullable = false)
    private boolean tied;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Prize prize;
    @Column(length = 200)
    private String detail;

    protected TeamResult() {
    }

    public TeamResult(Long contestId, Long windowId, BigDecimal score, int place, boolean tied, Prize prize, String detail) {
        this.contestId = contestId;
        this.windowId = windowId;
        this.score = score;
        this.place = place;
        this.tied = tied;
        this.prize = prize;
        this.detail = detail;
    }

    public Long getContestId() { return contestId; }
    public Long getWindowId() { return windowId; }
    public BigDecimal getScore() { return score; }
    public int getPlace() { return place; }
    public boolean isTied() { return tied; }
    public Prize getPrize() { return prize; }
    public String getDetail() { return detail; }
}
