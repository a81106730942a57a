package cn.fuwukuaiche.honour.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

/**
 * An honour that can be ended early (a red flag revoked or withdrawn, a post designation ended, an exemplar
 * withdrawn): when, by whom and why, in the subclass table's {@code ended_at}, {@code ended_by} and
 * {@code end_reason} columns. The subclass keeps its own status.
 */
@MappedSuperclass
public abstract class EndableHonour extends BaseEntity {

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    /** Records who ended it, when and why; the subclass sets its status. */
    protected void ended(LocalDateTime at, String by, String why) {
        this.endedAt = at;
        this.endedBy = by;
        this.endReason = why;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndReason() {
        return endReason;
    }
}
