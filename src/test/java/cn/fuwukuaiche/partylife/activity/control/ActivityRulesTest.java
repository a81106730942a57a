package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A secretary's activity as the rules see it. Series 2026-03-01 … 2026-11-30 with branches 1 and 2; branch 1's people
 * 11, 12, branch 2's 21; 99 is a hall leader outside both branches; today 2026-06-15.
 */
class ActivityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final ActivityRules.Series SERIES = new ActivityRules.Series(LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 11, 30), Set.of(1L, 2L));
    private static final Set<Long> ROSTER = Set.of(11L, 12L, 21L);
    private static final Set<Long> HALL = Set.of(11L, 12L, 21L, 31L, 99L);

    /** people: "11,12,99L" — an L marks a 领导干部. */
    private static Map<Long, Boolean> people(String text) {
        Map<Long, Boolean> m = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String p : text.split(",")) {
                String s = p.strip();
                boolean leader = s.endsWith("L");
                m.put(Long.parseLong(leader ? s.substring(0, s.length() - 1) : s), leader);
            }
        }
        return m;
    }

    @ParameterizedTest(name = "{0} on {1} in branch {2}, days {3}, due {4}, result {5}, people {6} → {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind     | date       | branch | days | due        | result   | people     | field: expected (or ok)
            STUDY      | 2026-05-10 | 1      | -    | -          | -        | 11,12      | ok
            STUDY      | 2026-02-28 | 1      | -    | -          | -        | 11         | heldOn: 活动日期须在系列期间（2026-03-01 至 2026-11-30）内
            STUDY      | 2026-03-01 | 1      | -    | -          | -        | 11         | ok
            STUDY      | 2026-06-16 | 1      | -    | -          | -        | 11         | heldOn: 活动日期不能晚于今天（记录的是已开展的活动）
            STUDY      | 2026-05-10 | 3      | -    | -          | -        | 11         | branch: 该支部未参加本系列活动
            VISIT      | 2026-05-10 | 1      | -    | -          | -        | 11         | visitDays: 下基层须填写天数
            VISIT      | 2026-05-10 | 1      | 0    | -          | -        | 11         | visitDays: 下基层天数须在 1 至 30 天之间
            VISIT      | 2026-05-10 | 1      | 31   | -          | -        | 11         | visitDays: 下基层天数须在 1 至 30 天之间
            VISIT      | 2026-05-10 | 1      | 30   | -          | -        | 11,99L     | ok
            VISIT      | 2026-05-10 | 1      | 1    | -          | -        | 11         | ok
            # a pledge still running needs no result; once its due day has passed it does
            PLEDGE     | 2026-05-10 | 1      | -    | 2026-06-30 | -        | 11         | ok
            PLEDGE     | 2026-05-10 | 1      | -    | 2026-06-15 | -        | 11         | ok
            PLEDGE     | 2026-05-10 | 1      | -    | 2026-06-14 | -        | 11         | pledgeResult: 承诺已到期，请填写办理结果（已完成或未完成）
            PLEDGE     | 2026-05-10 | 1      | -    | 2026-06-14 | DONE     | 11         | ok
            PLEDGE     | 2026-05-10 | 1      | -    | 2026-06-14 | NOT_DONE | 11         | pledgeNote: 未完成的承诺须说明原因
            PLEDGE     | 2026-05-10 | 1      | -    | -          | -        | 11         | pledgeDue: 公开承诺须填写办结期限
            PLEDGE     | 2026-05-10 | 1      | -    | 2026-05-09 | -        | 11         | pledgeDue: 办结期限不能早于承诺日期
            HEART_TALK | 2026-05-10 | 1      | -    | -          | -        | 11         | participants: 交心谈心至少须有两人参加
            HEART_TALK | 2026-05-10 | 1      | -    | -          | -        | 11,99L     | ok
            # people of the branches taking part (any of them, not only the holding branch's); a leader from anywhere
            VOLUNTEER  | 2026-05-10 | 1      | -    | -          | -        | 11,21      | ok
            VOLUNTEER  | 2026-05-10 | 1      | -    | -          | -        | 11,31      | participants: 参加人员须是参加本系列的支部的人员：王五
            VOLUNTEER  | 2026-05-10 | 1      | -    | -          | -        | 31L        | ok
            VOLUNTEER  | 2026-05-10 | 1      | -    | -          | -        | 77L        | participants: 参加人员须是参加本系列的支部的人员：#77
            OTHER      | 2026-05-10 | 1      | -    | -          | -        | -          | participants: 请选择参加人员
            """)
    void an_activity_is_refused_beside_the_field_that_is_wrong(ActivityKind kind, LocalDate date, long branch, Integer days,
                                                               LocalDate due, PledgeResult result, String people, String expected) {
        ActivityRules.Draft d = new ActivityRules.Draft(5L, "学习二十大精神", date, "三楼会议室", branch, kind, days, due, result,
                null, "集中学习", false, people(people));
        String got = ActivityRules.first(d, SERIES, ROSTER, HALL, Map.of(31L, "王五"), TODAY)
                .map(p -> p.field() + ": " + p.message()).orElse("ok");
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "title [{0}] place [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -            | 大厅     | title: 请填写活动名称
            '  '         | 大厅     | title: 请填写活动名称
            学习         | -        | place: 请填写地点
            学习         | 大厅     | ok
            """)
    void title_and_place_are_required(String title, String place, String expected) {
        ActivityRules.Draft d = new ActivityRules.Draft(5L, title, LocalDate.of(2026, 5, 10), place, 1L, ActivityKind.STUDY,
                null, null, null, null, null, false, people("11"));
        assertEquals(expected, ActivityRules.first(d, SERIES, ROSTER, HALL, Map.of(), TODAY)
                .map(p -> p.field() + ": " + p.message()).orElse("ok"));
    }

    @ParameterizedTest(name = "no series → series")
    @CsvSource("series: 请选择活动系列")
    void a_series_is_required(String expected) {
        ActivityRules.Draft d = new ActivityRules.Draft(null, "学习", LocalDate.of(2026, 5, 10), "大厅", 1L, ActivityKind.STUDY,
                null, null, null, null, null, false, people("11"));
        assertEquals(expected, ActivityRules.first(d, null, ROSTER, HALL, Map.of(), TODAY)
                .map(p -> p.field() + ": " + p.message()).orElse("ok"));
    }
}
