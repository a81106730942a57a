package cn.fuwukuaiche.partylife.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * 已投票: THAT a member voted in an appraisal, and when (one row per voter, unique). It holds nothing of what he
 * voted and no key of a ballot row: {@link AppraisalBallot} holds the contents, unlinkable to this row.
 */
@Entity
@Table(name = "appraisal_turnout")
public class AppraisalTurnout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    @Column(name = "voter_id", nullable = false)
    private long voterId;

    @Column(name = "voted_at", nullable = false)
    private LocalDateTime votedAt;

    protected AppraisalTurnout() {
    }

    public AppraisalTurnout(long appraisalId, long voterId, LocalDateTime votedAt) {
        this.appraisalId = appraisalId;
        this.voterId = voterId;
        this.votedAt = votedAt;
    }

    public long getAppraisalId() {
        return appraisalId;
    }

    public long getVoterId() {
        return voterId;
    }

    public LocalDateTime getVotedAt() {
        return votedAt;
    }
}
