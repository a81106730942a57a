package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.base.hall.HallOpened;
import cn.fuwukuaiche.partylife.meeting.entity.Cadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingCadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/**
 * A new hall's 三会一课: the seven meeting kinds and their cadence, as V70 gave the first hall (its ADMIN or LEADER
 * changes a cadence from a date, as in any hall).
 */
@Stateless
@PermitAll
public class MeetingHallOpening {

    /** A kind with its cadence: code, name, for the central branch, for joint branches, per group, make-up, lecture. */
    record Kind(String code, String name, boolean forCentral, boolean forJoint, boolean perGroup, boolean makeUp,
                boolean lecture, Cadence cadence) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("COMMITTEE", "支部委员会", true, true, false, false, false, Cadence.TWO_MONTHS),
            new Kind("ASSEMBLY", "支部党员大会", true, true, false, true, false, Cadence.QUARTER),
            new Kind("GROUP", "党小组会", true, true, true, false, false, Cadence.MONTH),
            new Kind("LECTURE", "党课", true, true, false, true, true, Cadence.HALF_YEAR),
            new Kind("THEME_DAY", "主题党日", true, true, false, false, false, Cadence.MONTH),
            new Kind("LIFE", "组织生活会", true, true, false, false, false, Cadence.YEAR),
            new Kind("LEADERSHIP_LIFE", "民主生活会", true, false, false, false, false, Cadence.HALF_YEAR));

    static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    static final String REASON = "初始设置（“三会一课”）";

    @PersistenceContext
    EntityManager em;

    /** The rows {@link #open} writes, one a kind: code|name|central|joint|group|make-up|lecture|order|cadence|from|reason. */
    public static List<String> defaultRows() {
        List<String> rows = new java.util.ArrayList<>();
        int order = 0;
        for (Kind k : KINDS) {
            rows.add(String.join("|", k.code(), k.name(), String.valueOf(k.forCentral()), String.valueOf(k.forJoint()),
                    String.valueOf(k.perGroup()), String.valueOf(k.makeUp()), String.valueOf(k.lecture()), String.valueOf(++order),
                    k.cadence().name(), FROM.toString(), REASON));
        }
        return rows;
    }

    public void open(@Observes HallOpened opened) {
        int order = 0;
        for (Kind k : KINDS) {
            MeetingKind kind = new MeetingKind(k.code(), k.name(), k.forCentral(), k.forJoint(), k.perGroup(), k.makeUp(),
                    k.lecture(), ++order);
            em.persist(kind);
            em.persist(new MeetingCadence(kind, k.cadence(), FROM, REASON));
        }
    }
}
