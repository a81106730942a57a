package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
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
public class ContestResult extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private SubjectKind subjectKind;
    @Column(name = "subject_id", nullable = false)
    private Long subjectId;
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
        this.contestId = contestId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.score = score;
        this.place = place;
        this.tied = tied;
        this.prize = prize;
        this.detail = detail;
    }

    public Long getContestId() { return contestId; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    /** The staff id of a participant, the window id of a team. */
    public Long getSubjectId() { return subjectId; }
    public BigDecimal getScore() { return score; }
    public int getPlace() { return place; }
    public boolean isTied() { return tied; }
    public Prize getPrize() { return prize; }
    public String getDetail() { return detail; }
}
