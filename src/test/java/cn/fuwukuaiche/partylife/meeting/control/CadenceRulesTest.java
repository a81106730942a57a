package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.partylife.meeting.entity.Cadence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cadence rules as a secretary reads them: periods of a year, the lights, and who counts as 应到. All hand-computed. */
class CadenceRulesTest {

    private static final WorkCalendar CAL_2026 = WorkCalendar.of(ChinaHolidays2026.schedule());

    /** rules: "CADENCE@from;CADENCE@from" */
    private static List<CadenceRules.Rule> rules(String text) {
        List<CadenceRules.Rule> out = new ArrayList<>();
        for (String r : text.split(";")) {
            String[] p = r.split("@");
            out.add(new CadenceRules.Rule(Cadence.valueOf(p[0].strip()), LocalDate.parse(p[1].strip())));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1} periods in 2026, first {2}, last {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # rules (cadence from a period on)               | n  | first         | last
            MONTH@2000-01-01                                  | 12 | 2026年1月      | 2026年12月
            TWO_MONTHS@2000-01-01                             | 6  | 2026年1–2月    | 2026年11–12月
            QUARTER@2000-01-01                                | 4  | 2026年第一季度  | 2026年第四季度
            HALF_YEAR@2000-01-01                              | 2  | 2026年上半年    | 2026年下半年
            YEAR@2000-01-01                                   | 1  | 2026年         | 2026年
            # 党小组会 monthly until June, quarterly from the third quarter: Jan–Jun and Q3, Q4
            MONTH@2000-01-01; QUARTER@2026-07-01              | 8  | 2026年1月      | 2026年第四季度
            # 主题党日 switched off from May: only January to April are due
            MONTH@2000-01-01; NONE@2026-05-01                 | 4  | 2026年1月      | 2026年4月
            # a change within a running quarter waits for it to end: Q1, Q2 (quarterly), then July to December monthly
            QUARTER@2000-01-01; MONTH@2026-05-01              | 8  | 2026年第一季度  | 2026年12月
            # a change next year leaves this year alone
            HALF_YEAR@2000-01-01; MONTH@2027-01-01            | 2  | 2026年上半年    | 2026年下半年
            """)
    void periods_of_a_year_follow_the_rule_in_force_on_each_periods_first_day(String rules, int n, String first, String last) {
        List<CadencePeriod> periods = CadenceRules.periods(rules(rules), 2026);
        assertEquals(n, periods.size(), periods.stream().map(CadencePeriod::label).collect(Collectors.joining(",")));
        assertEquals(first, periods.get(0).label());
        assertEquals(last, periods.get(periods.size() - 1).label());
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            QUARTER    | 2026-07-01 | ''
            QUARTER    | 2026-05-01 | 须从一个每季度周期的第一天起执行（如 2026-07-01）
            TWO_MONTHS | 2026-03-01 | ''
            TWO_MONTHS | 2026-02-01 | 须从一个每两个月周期的第一天起执行（如 2026-03-01）
            HALF_YEAR  | 2026-07-01 | ''
            MONTH      | 2026-05-15 | 须从一个每月周期的第一天起执行（如 2026-06-01）
            NONE       | 2026-05-01 | ''
            """)
    void a_change_starts_with_a_period_of_the_new_cadence(Cadence cadence, LocalDate from, String problem) {
        assertEquals(problem.isEmpty() ? null : problem, CadenceRules.effectiveFromProblem(cadence, from));
    }

    @ParameterizedTest(name = "{0} {1}, held {2}, on {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # period        | start      | held  | today      | light
            # February 2026 ends on Saturday 28th, a 调休 working day; 春节 15–23 Feb is off
            MONTH           | 2026-02-01 | false | 2026-02-06 | OPEN
            # 9 Feb: 10–13, 14 (调休), 24–27, 28 (调休) = 10 working days left: yellow, though 14 weekdays remain
            MONTH           | 2026-02-01 | false | 2026-02-09 | YELLOW
            MONTH           | 2026-02-01 | true  | 2026-02-09 | GREEN
            MONTH           | 2026-02-01 | false | 2026-03-01 | RED
            MONTH           | 2026-02-01 | true  | 2026-03-01 | GREEN
            # Q3 ends 30 Sep; 中秋 25–27 Sep off, Sunday 20 Sep a working day
            QUARTER         | 2026-07-01 | false | 2026-09-15 | OPEN
            QUARTER         | 2026-07-01 | false | 2026-09-16 | YELLOW
            QUARTER         | 2026-07-01 | false | 2026-09-30 | YELLOW
            QUARTER         | 2026-07-01 | false | 2026-10-01 | RED
            # not begun yet
            QUARTER         | 2026-07-01 | false | 2026-06-20 | OPEN
            """)
    void the_light_of_a_period(Cadence cadence, LocalDate start, boolean held, LocalDate today, CadenceLight light) {
        assertEquals(light, CadenceRules.light(CadencePeriod.containing(cadence, start), held, today, CAL_2026));
    }

    @ParameterizedTest(name = "{0} {1}, lead {2}, on {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # period        | start      | lead | today      | light
            # December 2026 has 23 working days; on 6 Dec 19 are left (7–31 Dec)
            MONTH           | 2026-12-01 | 10   | 2026-12-06 | OPEN
            MONTH           | 2026-12-01 | 19   | 2026-12-06 | YELLOW
            MONTH           | 2026-12-01 | 18   | 2026-12-06 | OPEN
            # a month's lead (23): yellow from the first day, never before the period begins
            MONTH           | 2026-12-01 | 23   | 2026-12-01 | YELLOW
            MONTH           | 2026-12-01 | 23   | 2026-11-30 | OPEN
            MONTH           | 2026-12-01 | 23   | 2027-01-01 | RED
            # a year's 组织生活会 with a lead of 23: on Friday 27 Nov 24 are left (30 Nov + December's 23), on 30 Nov 23
            YEAR            | 2026-01-01 | 23   | 2026-11-27 | OPEN
            YEAR            | 2026-01-01 | 23   | 2026-11-30 | YELLOW
            """)
    void the_light_with_a_kinds_own_lead(Cadence cadence, LocalDate start, int lead, LocalDate today, CadenceLight light) {
        assertEquals(light, CadenceRules.light(CadencePeriod.containing(cadence, start), false, today, CAL_2026, lead));
    }

    @ParameterizedTest(name = "lead {0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1    | null
            130  | null
            0    | 临期提醒须在 1 至 130 个工作日之间
            131  | 临期提醒须在 1 至 130 个工作日之间
            null | 请填写临期提醒的工作日数
            """)
    void a_lead_is_between_one_day_and_half_a_year(Integer days, String problem) {
        assertEquals(problem, CadenceRules.warnDaysProblem(days));
    }

    /** 1 stays; 2 joins in July; 3 moves from branch 1 to branch 2 on 1 June; 4 leaves branch 2 after 15 March. */
    private static final List<CadenceRules.Membership> ROSTER = List.of(
            new CadenceRules.Membership(1, 1, 10L, LocalDate.of(2000, 1, 1), null),
            new CadenceRules.Membership(2, 1, 11L, LocalDate.of(2026, 7, 1), null),
            new CadenceRules.Membership(3, 1, 10L, LocalDate.of(2000, 1, 1), LocalDate.of(2026, 5, 31)),
            new CadenceRules.Membership(3, 2, 20L, LocalDate.of(2026, 6, 1), null),
            new CadenceRules.Membership(4, 2, null, LocalDate.of(2000, 1, 1), LocalDate.of(2026, 3, 15)));

    @ParameterizedTest(name = "branch {0} group {1} on {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # branch | group | day        | 应到 (staff)
            1        |       | 2026-03-20 | 1 3
            1        |       | 2026-06-30 | 1
            1        |       | 2026-07-01 | 1 2
            1        | 10    | 2026-05-31 | 1 3
            1        | 10    | 2026-06-01 | 1
            1        | 11    | 2026-07-01 | 2
            2        |       | 2026-03-15 | 4
            2        |       | 2026-03-16 | ''
            2        |       | 2026-06-01 | 3
            """)
    void expected_counts_only_those_who_were_members_of_that_branch_or_group_that_day(long branch, Long group, LocalDate day,
                                                                                     String staff) {
        Set<Long> want = new TreeSet<>();
        if (!staff.isBlank()) {
            Arrays.stream(staff.split(" ")).map(Long::valueOf).forEach(want::add);
        }
        assertEquals(want, CadenceRules.expected(ROSTER, branch, group, day));
    }
}
