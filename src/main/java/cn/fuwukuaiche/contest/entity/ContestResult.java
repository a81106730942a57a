package cn.fuwukuaiche.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A participant's or a team's (window's) place and prize, fixed when the contest's results are computed; one per
 * contest and subject.
 */
@Entity
@Table(name = "contest_result")
public class ContestResult extends ContestSubjectRecord {

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

    protected ContestResult() {
    }

    public ContestResult(Long contestId, SubjectKind subjectKind, Long subjectId, BigDecimal score, int place, boolean tied, Prize prize,
                         String detail) {
        super(contestId, subjectKind, subjectId);
        this.score = score;
        this.place = place;
        this.tied = tied;
        this.prize = prize;
        this.detail = detail;
    }

    public BigDecimal getScore() { return score; }
    public int getPlace() { return place; }
    public boolean isTied() { return tied; }
    public Prize getPrize() { return prize; }
    public String getDetail() { return detail; }
}
