package cn.fuwukuaiche.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Who did which step of a case, where and when (append-only, so no version). {@code toNode} is set for
 * a hand-up and a return; {@code note} holds the reason or result, never shown on the public lookup.
 */
@Entity
@Table(name = "service_case_step")
public class CaseStepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private ServiceCase serviceCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStep step;

    @ManyToOne(optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private ServiceNode node;

    @ManyToOne
    @JoinColumn(name = "to_node_id")
    private ServiceNode toNode;

    /** 1, 2, 3 … within the case: the order of the steps, even when two share a timestamp. */
    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 64)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(length = 500)
    private String note;

    protected CaseStepRecord() {
    }

    public CaseStepRecord(ServiceCase serviceCase, CaseStep step, ServiceNode node, ServiceNode toNode,
                          String actor, String actorName, LocalDateTime occurredAt, String note) {
        this.serviceCase = serviceCase;
        this.seq = serviceCase.getSteps().size() + 1;
        this.step = step;
        this.node = node;
        this.toNode = toNode;
        this.actor = actor;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public int getSeq() {
        return seq;
    }

    public CaseStep getStep() {
        return step;
    }

    public ServiceNode getNode() {
        return node;
    }

    public ServiceNode getToNode() {
        return toNode;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getNote() {
        return note;
    }
}
