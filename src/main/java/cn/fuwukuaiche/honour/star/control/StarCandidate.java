package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarKind;

/**
 * A star the rules propose for a person in a period, with the figures and checks behind it, and the leader's
 * decision if there is one yet ({@code status} null = awaiting the leader).
 */
public record StarCandidate(StarPeriod period, StarPerson person, StarKind star, StarVerdict verdict, StarFigures figures,
                            StarAwardStatus status, Long awardId, String reason) {

    public String key() {
        return person.staffId() + ":" + star.name();
    }

    public boolean pending() {
        return status == null;
    }

    public String statusLabel() {
        return status == null ? "待确认" : status.label();
    }
}
