package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.board.MeetingBoard;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The public {@link MeetingBoard}: the month's submitted meetings and the planned ones still to come, read in one
 * query of branch, kind and time only (no attendance, no minutes), tallied by {@link MonthTally}.
 */
@HallBound
@ApplicationScoped
public class MeetingBoardProvider implements MeetingBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Override
    public MonthOfMeetings month(YearMonth month) {
        LocalDateTime now = Times.now();
        List<MonthTally.Row> rows = em.createQuery("select m.branchId, k.name, k.sortOrder, m.startsAt, m.status from PartyMeeting m "
                        + "join m.kind k where (m.status = :submitted and m.startsAt >= :from and m.startsAt < :until) "
                        + "or (m.status = :planned and m.startsAt >= :now)", Object[].class)
                .setParameter("submitted", MeetingStatus.SUBMITTED).setParameter("planned", MeetingStatus.PLANNED)
                .setParameter("from", month.atDay(1).atStartOfDay()).setParameter("until", month.plusMonths(1).atDay(1).atStartOfDay())
                .setParameter("now", now).getResultList().stream()
                .map(r -> new MonthTally.Row((Long) r[0], (String) r[1], ((Number) r[2]).intValue(), (LocalDateTime) r[3],
                        r[4] == MeetingStatus.SUBMITTED)).toList();
        List<MonthTally.BranchRef> branches = org.branches().stream().map(b -> new MonthTally.BranchRef(b.getId(), b.getName())).toList();
        return MonthTally.tally(branches, rows, month, now);
    }
}
