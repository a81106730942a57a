package cn.fuwukuaiche.base.board;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * 本月组织生活 as the hall shows it publicly: per branch, how many meetings of each kind it held this month (records
 * submitted) and its next planned meeting. Implemented by partylife's meetings ({@code MeetingBoardProvider}); read by
 * the display screens and their JSON feed. Public data only: branch names, kind names, counts and a date — never a
 * name of anyone present or absent, a place, an agenda or a minute.
 */
public interface MeetingBoard {

    /** Every active branch in its display order, with what it held in {@code month} and its next planned meeting from now. */
    MonthOfMeetings month(YearMonth month);

    record MonthOfMeetings(YearMonth month, List<BranchMonth> branches) {
    }

    /**
     * @param held the kinds the branch held in the month (a submitted record each), with how many, in the kinds' order;
     *             empty when it held none yet
     * @param next the branch's next planned meeting (not yet begun), or null
     */
    record BranchMonth(String branch, List<KindCount> held, NextMeeting next) {

        public int total() {
            return held.stream().mapToInt(KindCount::count).sum();
        }
    }

    record KindCount(String kind, int count) {
    }

    record NextMeeting(String kind, LocalDateTime at) {
    }
}
