package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind's cadence from {@link #getEffectiveFrom()} (the first day of a period of the new cadence) on. A period is
 * judged by the rule in force on its first day, so a change never rewrites past periods.
 */
@Entity
@Table(name = "meeting_cadence")
public class MeetingCadence extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "kind_id")
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Cadence cadence;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(length = 200)
    private String reason;

    protected MeetingCadence() {
    }

    public MeetingCadence(MeetingKind kind, Cadence cadence, LocalDate effectiveFrom, String reason) {
        this.kind = kind;
        this.cadence = cadence;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
    }

    @Override
    public String auditType() {
        return "会议频次";
    }

    @Override
    public String auditLabel() {
        return kind.getName() + " 自 " + effectiveFrom;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("会议类型", kind.getName());
        m.put("频次", cadence.label());
        m.put("起始", effectiveFrom);
        m.put("原因", reason);
        return m;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
