package cn.fuwukuaiche.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One line of the audit trail (操作留痕): who did what to which record, when, and why. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", length = 64)
    private String entityId;

    @Column(nullable = false, length = 500)
    private String summary;

    @Lob
    @Column(name = "changes")
    private String changes;

    @Column(length = 500)
    private String reason;

    /** The hall whose transaction wrote it (issue 23): the audit of one hall is not read in another; null before any. */
    @Column(name = "hall_id")
    private Long hallId;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String actor, AuditAction action, String entityType, String entityId,
                      String summary, String changes, String reason) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action.name();
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = truncate(summary, 500);
        this.changes = changes;
        this.reason = truncate(reason, 500);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return AuditAction.valueOf(action);
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public Long getHallId() {
        return hallId;
    }

    public void setHallId(Long hallId) {
        this.hallId = hallId;
    }
}
