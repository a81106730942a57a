package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.base.board.MeetingBoard;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule of the screens' 本月组织生活 panel, in plain Java ({@code MonthTallyTest}): a branch <em>held</em> a
 * meeting this month when its record is submitted and the meeting began in the month (a planned meeting, or one held
 * but not yet minuted, does not count — as for the cadence lights); meetings are counted by kind (each party group's
 * 党小组会 is one), kinds in their order, kinds with none left out. A branch's <em>next</em> meeting is its earliest
 * planned one that has not begun, in any month. Every branch is listed, in the order given, also one that held
 * nothing; a meeting of a branch not in the list is ignored. Only branch, kind, count and date come out: nothing here
 * knows who attended.
 */
public final class MonthTally {

    /** One meeting as the panel needs it: its branch, kind (name and order), start and whether its record is submitted. */
    public record Row(long branchId, String kind, int kindOrder, LocalDateTime startsAt, boolean submitted) {
    }

    /** A branch in display order. */
    public record BranchRef(long id, String name) {
    }

    private MonthTally() {
    }

    public static MeetingBoard.MonthOfMeetings tally(List<BranchRef> branches, List<Row> meetings, YearMonth month, LocalDateTime now) {
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime until = month.plusMonths(1).atDay(1).atStartOfDay();
        List<MeetingBoard.BranchMonth> out = new ArrayList<>();
        for (BranchRef b : branches) {
            List<Row> own = meetings.stream().filter(r -> r.branchId() == b.id()).toList();
            Map<String, Integer> held = new LinkedHashMap<>();
            own.stream().filter(r -> r.submitted() && !r.startsAt().isBefore(from) && r.startsAt().isBefore(until))
                    .sorted(Comparator.comparingInt(Row::kindOrder).thenComparing(Row::kind))
                    .forEach(r -> held.merge(r.kind(), 1, Integer::sum));
            MeetingBoard.NextMeeting next = own.stream().filter(r -> !r.submitted() && !r.startsAt().isBefore(now))
                    .min(Comparator.comparing(Row::startsAt).thenComparingInt(Row::kindOrder))
                    .map(r -> new MeetingBoard.NextMeeting(r.kind(), r.startsAt())).orElse(null);
            out.add(new MeetingBoard.BranchMonth(b.name(),
                    held.entrySet().stream().map(e -> new MeetingBoard.KindCount(e.getKey(), e.getValue())).toList(), next));
        }
        return new MeetingBoard.MonthOfMeetings(month, List.copyOf(out));
    }
}
