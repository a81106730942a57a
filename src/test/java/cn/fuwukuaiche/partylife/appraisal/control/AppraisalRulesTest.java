package cn.fuwukuaiche.partylife.appraisal.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade.BASICALLY_QUALIFIED;
import static cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade.EXCELLENT;
import static cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade.QUALIFIED;
import static cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade.UNQUALIFIED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AppraisalRulesTest {

    private static final Set<Long> ROSTER = Set.of(1L, 2L, 3L, 4L);

    @ParameterizedTest(name = "{0} members, {1} % → at most {2} 优秀")
    @CsvSource({
            // members, percent, cap (rounded down: "at most")
            "10, 30, 3",
            "7,  30, 2",   // 2.1
            "3,  30, 0",   // 0.9
            "4,  30, 1",   // 1.2
            "20, 30, 6",
            "13, 25, 3",   // 3.25
            "9,  50, 4",   // 4.5 never rounds up
            "0,  30, 0",
            "5, 100, 5",
    })
    void the_excellent_cap_rounds_down(int members, int percent, int cap) {
        assertEquals(cap, AppraisalRules.excellentCap(members, percent));
    }

    @ParameterizedTest(name = "party member {0}, probationary {1} → may vote {2}")
    @CsvSource({"true, false, true", "false, true, true", "false, false, false"})
    void full_and_probationary_members_are_on_the_roster(boolean full, boolean probationary, boolean eligible) {
        assertEquals(eligible, AppraisalRules.eligible(full, probationary));
    }

    @ParameterizedTest(name = "{0}: status {1}, voter {2}, voted before {3}, ballot {4} → {5} {6}")
    @CsvSource(delimiter = '|', value = {
            // case                   | status | voter | voted | ballot (subject=grade)   | field   | message (null: accepted)
            "valid                    | OPEN   | 1     | false | 2=E,3=Q,4=U              |         |",
            "voting twice             | OPEN   | 1     | true  | 2=E,3=Q,4=U              | ballot  | 你已投过票，每人只能投一次",
            "closed ballot            | CLOSED | 1     | false | 2=E,3=Q,4=U              | ballot  | 投票已结束，不能再投票",
            "decided                  | DECIDED| 1     | false | 2=E,3=Q,4=U              | ballot  | 投票已结束，不能再投票",
            "not on the roster        | OPEN   | 9     | false | 2=E,3=Q,4=U              | ballot  | 你不在本次民主评议的党员名单中，不能投票",
            "no staff record          | OPEN   |       | false | 2=E,3=Q,4=U              | ballot  | 你不在本次民主评议的党员名单中，不能投票",
            "grades himself           | OPEN   | 1     | false | 1=E,2=E,3=Q,4=U          | ballot  | 不能评议自己",
            "grades an outsider       | OPEN   | 1     | false | 2=E,3=Q,4=U,9=B          | ballot  | 评议对象不是本支部参加评议的党员",
            "leaves one out           | OPEN   | 1     | false | 2=E,4=U                  | grade:3 | 请选择评议等次",
    })
    void who_may_vote_and_what_a_ballot_holds(String name, AppraisalStatus status, Long voter, boolean voted, String ballot,
                                               String field, String message) {
        Map<Long, AppraisalGrade> b = grades(ballot);
        if (message == null) {
            assertDoesNotThrow(() -> AppraisalRules.checkVote(status, ROSTER, voter, voted, b));
        } else {
            BusinessException e = assertThrows(BusinessException.class, () -> AppraisalRules.checkVote(status, ROSTER, voter, voted, b));
            assertEquals(field, e.field());
            assertEquals(message, e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                       | ballots (subject=grade, one per row)     | member 2: E,Q,B,U | member 3: E,Q,B,U
            "nothing cast                 |                                          | 0,0,0,0           | 0,0,0,0",
            "three ballots                | 2=E,3=Q,2=E,3=B,2=Q,3=Q                  | 2,1,0,0           | 0,2,1,0",
            "every grade                  | 2=E,2=Q,2=B,2=U,3=U                      | 1,1,1,1           | 0,0,0,1",
            "a row for someone gone       | 2=E,9=E                                  | 1,0,0,0           | 0,0,0,0",
    })
    void tallies_count_per_member_and_grade(String name, String rows, String two, String three) {
        List<AppraisalRules.Vote> votes = new ArrayList<>();
        if (rows != null) {
            for (String r : rows.split(",")) {
                String[] kv = r.split("=");
                votes.add(new AppraisalRules.Vote(Long.parseLong(kv[0].trim()), grade(kv[1])));
            }
        }
        Map<Long, EnumMap<AppraisalGrade, Integer>> t = AppraisalRules.tally(List.of(2L, 3L), votes);
        assertEquals(Set.of(2L, 3L), t.keySet());
        assertEquals(two, counts(t.get(2L)));
        assertEquals(three, counts(t.get(3L)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                        | status  | cap % | grades (4 members)  | field   | message
            "one 优秀 of 4 at 30 % (1.2)    | CLOSED  | 30    | 1=E,2=Q,3=B,4=U     |         |",
            "two 优秀 of 4 at 30 %          | CLOSED  | 30    | 1=E,2=E,3=Q,4=Q     | grades  | 评为优秀的有 2 人，超过上限 1 人（参评党员 4 人的 30%，向下取整）",
            "two 优秀 of 4 at 50 %          | DECIDED | 50    | 1=E,2=E,3=Q,4=Q     |         |",
            "still voting                  | OPEN    | 30    | 1=Q,2=Q,3=Q,4=Q     | grades  | 投票尚未结束，结束投票后才能评定等次",
            "already in notice             | NOTICED | 30    | 1=Q,2=Q,3=Q,4=Q     | grades  | 评定结果已公示，不能再修改",
            "someone not in the branch     | CLOSED  | 30    | 1=Q,2=Q,3=Q,4=Q,9=E | grades  | 该人员不是本支部参加评议的党员",
            "one member left out           | CLOSED  | 30    | 1=Q,2=Q,4=Q         | grade:3 | 请评定等次",
    })
    void the_committee_grades_everyone_within_the_cap(String name, AppraisalStatus status, int cap, String grades, String field,
                                                       String message) {
        Map<Long, AppraisalGrade> g = grades(grades);
        if (message == null) {
            assertDoesNotThrow(() -> AppraisalRules.checkGrades(status, ROSTER, cap, g));
        } else {
            BusinessException e = assertThrows(BusinessException.class, () -> AppraisalRules.checkGrades(status, ROSTER, cap, g));
            assertEquals(field, e.field());
            assertEquals(message, e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                                       | grades (4 members) | left to others | field   | message
            "the secretary (1) leaves his own grade open  | 2=Q,3=Q,4=Q        | 1              |         |",
            "another member may not be left out           | 2=Q,4=Q            | 1              | grade:3 | 请评定等次",
            "his own, decided by the leader, counts to the cap | 1=E,2=E,3=Q,4=Q | 1         | grades  | 评为优秀的有 2 人，超过上限 1 人（参评党员 4 人的 30%，向下取整）",
    })
    void ones_own_grade_is_left_to_the_general_branch(String name, String grades, long left, String field, String message) {
        Map<Long, AppraisalGrade> g = grades(grades);
        if (message == null) {
            assertDoesNotThrow(() -> AppraisalRules.checkGrades(AppraisalStatus.CLOSED, ROSTER, 30, g, Set.of(left)));
        } else {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> AppraisalRules.checkGrades(AppraisalStatus.CLOSED, ROSTER, 30, g, Set.of(left)));
            assertEquals(field, e.field());
            assertEquals(message, e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                          | cap | tallies per member: E,Q,B,U ; …     | suggestion
            "plurality                       | 1   | 1:3,1,0,0 ; 2:0,4,0,0 ; 3:0,1,3,0   | 1=E,2=Q,3=B",
            "tie goes to the better grade    | 1   | 1:2,2,0,0 ; 2:0,2,2,0              | 1=E,2=Q",
            "over the cap: most 优秀 votes   | 1   | 1:3,1,0,0 ; 2:4,0,0,0              | 1=Q,2=E",
            "no votes means 合格             | 1   | 1:0,0,0,0                           | 1=Q",
            "cap 0 keeps nobody 优秀         | 0   | 1:4,0,0,0 ; 2:0,0,0,4              | 1=Q,2=U",
    })
    void the_suggestion_follows_the_tallies_within_the_cap(String name, int cap, String tallies, String suggestion) {
        Map<Long, EnumMap<AppraisalGrade, Integer>> t = new HashMap<>();
        for (String member : tallies.split(";")) {
            String[] kv = member.trim().split(":");
            String[] n = kv[1].split(",");
            EnumMap<AppraisalGrade, Integer> c = new EnumMap<>(AppraisalGrade.class);
            for (int i = 0; i < 4; i++) {
                c.put(AppraisalGrade.values()[i], Integer.parseInt(n[i].trim()));
            }
            t.put(Long.parseLong(kv[0]), c);
        }
        assertEquals(grades(suggestion), AppraisalRules.suggest(t, cap));
    }

    @Test
    void handling_of_an_unqualified_member_needs_a_later_date_or_a_decision() {
        var today = java.time.LocalDate.of(2026, 12, 6);
        assertDoesNotThrow(() -> AppraisalRules.checkHandling(true, today.plusMonths(3), null, today));
        assertEquals("handlingDue", assertThrows(BusinessException.class,
                () -> AppraisalRules.checkHandling(true, today, null, today)).field());
        assertEquals("handlingDue", assertThrows(BusinessException.class,
                () -> AppraisalRules.checkHandling(true, null, null, today)).field());
        assertEquals("handlingNote", assertThrows(BusinessException.class,
                () -> AppraisalRules.checkHandling(false, null, " ", today)).field());
        assertDoesNotThrow(() -> AppraisalRules.checkHandling(false, null, "经支部党员大会讨论，劝其退党", today));
    }

    private static Map<Long, AppraisalGrade> grades(String text) {
        Map<Long, AppraisalGrade> m = new HashMap<>();
        if (text != null) {
            for (String kv : text.split(",")) {
                String[] p = kv.split("=");
                m.put(Long.parseLong(p[0].trim()), grade(p[1]));
            }
        }
        return m;
    }

    private static AppraisalGrade grade(String code) {
        return switch (code.trim()) {
            case "E" -> EXCELLENT;
            case "Q" -> QUALIFIED;
            case "B" -> BASICALLY_QUALIFIED;
            case "U" -> UNQUALIFIED;
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static String counts(EnumMap<AppraisalGrade, Integer> c) {
        return c.get(EXCELLENT) + "," + c.get(QUALIFIED) + "," + c.get(BASICALLY_QUALIFIED) + "," + c.get(UNQUALIFIED);
    }
}
