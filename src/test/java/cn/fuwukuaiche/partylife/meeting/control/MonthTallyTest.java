package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.base.board.MeetingBoard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The screens' 本月组织生活 as the hall would read it off the panel: which meetings count for December 2026 (seen on
 * 10 December at 09:00), by kind, and each branch's next meeting. Branches: 1 中心党支部, 2 第一联合党支部.
 */
class MonthTallyTest {

    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 10, 9, 0);
    private static final List<MonthTally.BranchRef> BRANCHES = List.of(new MonthTally.BranchRef(1, "中心党支部"),
            new MonthTally.BranchRef(2, "第一联合党支部"));
    /** The kinds' order as V70 seeds them. */
    private static final List<String> KINDS = List.of("支部委员会", "支部党员大会", "党小组会", "党课", "主题党日", "组织生活会");

    /** meetings: "branch kind start status; …" (status S submitted, P planned); expected per branch: "kind count, …" and the next. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | meetings                                                                      | 中心党支部 held        | next               | 第一联合党支部 held | next
            nothing at all                           |                                                                               |                       |                    |                    |
            held this month counts, by kind          | 1 主题党日 2026-12-02T15:00 S; 1 党课 2026-12-03T15:00 S; 1 主题党日 2026-12-08T15:00 S | 党课 1, 主题党日 2     |                    |                    |
            kinds in their order, not by date        | 2 主题党日 2026-12-01T15:00 S; 2 支部委员会 2026-12-04T09:00 S                  |                       |                    | 支部委员会 1, 主题党日 1 |
            the month's first and last minute        | 1 党课 2026-12-01T00:00 S; 1 党课 2026-12-31T23:59 S                            | 党课 2                 |                    |                    |
            last month and next month do not count   | 1 党课 2026-11-30T23:59 S; 1 党课 2027-01-01T00:00 S                            |                       |                    |                    |
            held but not yet submitted does not count| 1 支部党员大会 2026-12-09T15:00 P                                                |                       |                    |                    |
            each party group's meeting counts        | 2 党小组会 2026-12-04T17:00 S; 2 党小组会 2026-12-04T17:00 S; 2 党小组会 2026-12-07T17:00 S |                |                    | 党小组会 3           |
            next: the earliest planned from now      | 2 主题党日 2026-12-17T15:00 P; 2 支部党员大会 2026-12-15T15:00 P                  |                       |                    |                    | 支部党员大会 2026-12-15T15:00
            next may be next month                   | 1 组织生活会 2027-01-08T09:00 P                                                 |                       | 组织生活会 2027-01-08T09:00 |             |
            a plan whose time has passed is not next | 1 主题党日 2026-12-10T08:59 P; 1 党课 2026-12-10T09:00 P                         |                       | 党课 2026-12-10T09:00 |                 |
            a submitted future-day record is not next| 1 主题党日 2026-12-09T15:00 S; 2 主题党日 2026-12-11T15:00 P                     | 主题党日 1             |                    |                    | 主题党日 2026-12-11T15:00
            a branch not listed is ignored           | 9 党课 2026-12-02T15:00 S; 9 党课 2026-12-20T15:00 P                            |                       |                    |                    |
            """)
    void the_month_of(String name, String meetings, String centralHeld, String centralNext, String firstHeld, String firstNext) {
        List<MonthTally.Row> rows = new ArrayList<>();
        if (meetings != null) {
            for (String m : meetings.split(";")) {
                String[] p = m.strip().split(" ");
                rows.add(new MonthTally.Row(Long.parseLong(p[0]), p[1], KINDS.indexOf(p[1]), LocalDateTime.parse(p[2]), p[3].equals("S")));
            }
        }
        MeetingBoard.MonthOfMeetings month = MonthTally.tally(BRANCHES, rows, DEC, NOW);
        assertEquals(DEC, month.month());
        assertEquals(List.of("中心党支部", "第一联合党支部"), month.branches().stream().map(MeetingBoard.BranchMonth::branch).toList(),
                "every branch, in order, also one that held nothing");
        assertEquals(expected(centralHeld), held(month.branches().get(0)), "中心党支部");
        assertEquals(expected(firstHeld), held(month.branches().get(1)), "第一联合党支部");
        assertEquals(expected(centralNext), next(month.branches().get(0)), "中心党支部's next");
        assertEquals(expected(firstNext), next(month.branches().get(1)), "第一联合党支部's next");
    }

    private static String expected(String s) {
        return s == null ? "" : s.strip();
    }

    private static String held(MeetingBoard.BranchMonth b) {
        String s = b.held().stream().map(k -> k.kind() + " " + k.count()).collect(Collectors.joining(", "));
        assertEquals(b.held().stream().mapToInt(MeetingBoard.KindCount::count).sum(), b.total());
        return s;
    }

    private static String next(MeetingBoard.BranchMonth b) {
        return b.next() == null ? "" : b.next().kind() + " " + b.next().at();
    }
}
