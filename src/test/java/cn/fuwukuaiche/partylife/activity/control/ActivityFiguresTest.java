package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The yearly report's figures, hand-computed. Branch 1: 下基层 3 days with 1 leader + 2 staff, 下基层 2 days with
 * 0 leaders + 4 staff, a pledge done, a pledge not done, a pledge running, two 交心谈心, a 学习 of 10 people.
 * Branch 2: 下基层 5 days with 2 leaders + 1 staff, a pledge done. Branch 3 has nothing.
 */
class ActivityFiguresTest {

    private static final List<ActivityFigures.Row> ROWS = rows("""
            1 | VISIT      | 3 | -        | 1 | 2
            1 | VISIT      | 2 | -        | 0 | 4
            1 | PLEDGE     | - | DONE     | 0 | 1
            1 | PLEDGE     | - | NOT_DONE | 1 | 0
            1 | PLEDGE     | - | -        | 0 | 3
            1 | HEART_TALK | - | -        | 1 | 1
            1 | HEART_TALK | - | -        | 1 | 2
            1 | STUDY      | - | -        | 0 | 10
            2 | VISIT      | 5 | -        | 2 | 1
            2 | PLEDGE     | - | DONE     | 0 | 2
            """);

    private static List<ActivityFigures.Row> rows(String table) {
        List<ActivityFigures.Row> out = new ArrayList<>();
        long id = 1;
        for (String line : table.strip().split("\n")) {
            String[] c = line.split("\\|");
            out.add(new ActivityFigures.Row(id++, Long.parseLong(c[0].strip()), ActivityKind.valueOf(c[1].strip()),
                    c[2].strip().equals("-") ? null : Integer.valueOf(c[2].strip()),
                    c[3].strip().equals("-") ? null : PledgeResult.valueOf(c[3].strip()),
                    Integer.parseInt(c[4].strip()), Integer.parseInt(c[5].strip())));
        }
        return out;
    }

    @ParameterizedTest(name = "branch {0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 人次 = people × activities; 天 = days for each person-visit
            1 | visits_by_leaders     | 1
            1 | visit_days_by_leaders | 3
            1 | visits_by_staff       | 6
            1 | visit_days_by_staff   | 14
            1 | pledges               | 3
            1 | pledges_done          | 1
            1 | heart_talks           | 2
            2 | visits_by_leaders     | 2
            2 | visit_days_by_leaders | 10
            2 | visits_by_staff       | 1
            2 | visit_days_by_staff   | 5
            2 | pledges               | 1
            2 | pledges_done          | 1
            2 | heart_talks           | 0
            3 | visits_by_leaders     | 0
            3 | pledges               | 0
            """)
    void each_branch_has_every_item(long branch, String item, long expected) {
        Map<Long, Map<String, Long>> got = ActivityFigures.byBranch(ROWS, List.of(1L, 2L, 3L));
        assertEquals(expected, got.get(branch).get(item));
    }

    @ParameterizedTest(name = "hall: {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            visits_by_leaders     | 3
            visit_days_by_leaders | 13
            visits_by_staff       | 7
            visit_days_by_staff   | 19
            pledges               | 4
            pledges_done          | 2
            heart_talks           | 2
            """)
    void the_hall_sums_the_branches(String item, long expected) {
        assertEquals(expected, ActivityFigures.total(ROWS).get(item));
    }

    @ParameterizedTest(name = "{0}: {1} activities, {2} 人次")
    @CsvSource(delimiter = '|', textBlock = """
            VISIT      | 3 | 10
            PLEDGE     | 4 | 7
            HEART_TALK | 2 | 5
            STUDY      | 1 | 10
            VOLUNTEER  | 0 | 0
            OTHER      | 0 | 0
            """)
    void counts_by_kind(ActivityKind kind, long activities, long personTimes) {
        assertEquals(new ActivityFigures.KindCount(activities, personTimes), ActivityFigures.byKind(ROWS).get(kind));
    }

    @Test
    void no_rows_give_zeros() {
        assertEquals(0L, ActivityFigures.total(List.of()).values().stream().mapToLong(Long::longValue).sum());
    }

    /** The list 查看记录 opens for a branch's figure: which activities, and their total equals the branch's figure. */
    @ParameterizedTest(name = "branch 1 {0}: {1} activities listed giving {2}")
    @CsvSource(delimiter = '|', textBlock = """
            visits_by_leaders     | 1 | 1
            visit_days_by_leaders | 1 | 3
            visits_by_staff       | 2 | 6
            visit_days_by_staff   | 2 | 14
            pledges               | 3 | 3
            pledges_done          | 1 | 1
            heart_talks           | 2 | 2
            """)
    void the_listed_activities_give_the_figure(String item, int listed, long value) {
        List<ActivityFigures.Row> branch1 = ROWS.stream().filter(r -> r.branchId() == 1).filter(r -> ActivityFigures.listed(item, r)).toList();
        assertEquals(listed, branch1.size());
        assertEquals(value, ActivityFigures.total(branch1).get(item));
        assertEquals(ActivityFigures.byBranch(ROWS, List.of(1L, 2L, 3L)).get(1L).get(item), ActivityFigures.total(branch1).get(item));
    }
}
