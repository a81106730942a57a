package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineRules.Facts;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineRules.Member;
import cn.fuwukuaiche.partylife.pipeline.entity.NoticeState;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of 发展党员 as a secretary reads them: every clock, the vote, the "not before" refusals. Hand-computed. */
class PipelineRulesTest {

    private static final PipelineSettings S = PipelineSettings.DEFAULTS;
    private static final WorkCalendar CAL_2026 = WorkCalendar.of(ChinaHolidays2026.schedule());

    private static LocalDate d(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    /** Facts from the few dates a row gives; the rest empty. */
    private static Facts facts(PipelineStage stage, String applied, String talked, String activist, String lastReview,
                               String admitVote, String probationEnds, String fullRequest, String fullVote) {
        return new Facts(stage, d(applied), d(talked), d(activist), null, d(lastReview), null, null, null, NoticeState.NONE, null,
                d(admitVote), null, null, d(probationEnds), false, d(fullRequest), d(fullVote), null);
    }

    @ParameterizedTest(name = "{0}: next clock {8} due {9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # stage     | applied    | talked     | activist   | last review | admit vote | probation ends | full request | full vote  | what           | due
            # 谈话 within one month of the letter
            APPLICANT    | 2026-01-31 | -          | -          | -          | -          | -          | -          | -          | 谈话            | 2026-02-28
            # 考察 every half year, from the last record or from becoming 积极分子
            ACTIVIST     | 2025-01-10 | 2025-01-20 | 2025-03-01 | -          | -          | -          | -          | -          | 考察记录         | 2025-09-01
            ACTIVIST     | 2025-01-10 | 2025-01-20 | 2025-03-01 | 2025-08-15 | -          | -          | -          | -          | 考察记录         | 2026-02-15
            CANDIDATE    | 2025-01-10 | 2025-01-20 | 2025-03-01 | 2026-04-01 | -          | -          | -          | -          | 考察记录         | 2026-10-01
            # 上级谈话 and 审批 within three months of the 支部大会
            CANDIDATE    | 2025-01-10 | 2025-01-20 | 2025-03-01 | 2026-04-01 | 2026-06-30 | -          | -          | -          | 上级谈话和审批    | 2026-09-30
            # 预备期: a record each quarter from the 支部大会; the request by the end of 预备期
            PROBATIONARY | 2024-01-10 | 2024-01-20 | 2024-03-01 | -          | 2026-06-30 | 2027-06-30 | -          | -          | 预备期考察记录    | 2026-09-30
            PROBATIONARY | 2024-01-10 | 2024-01-20 | 2024-03-01 | 2027-05-01 | 2026-06-30 | 2027-06-30 | -          | -          | 转正申请         | 2027-06-30
            # the 支部大会 on 转正 within a month after the end; 审批 within three months of it
            PROBATIONARY | 2024-01-10 | 2024-01-20 | 2024-03-01 | 2027-07-01 | 2026-06-30 | 2027-06-30 | 2027-06-01 | -          | 支部大会讨论转正   | 2027-07-30
            PROBATIONARY | 2024-01-10 | 2024-01-20 | 2024-03-01 | 2027-08-01 | 2026-06-30 | 2027-06-30 | 2027-06-01 | 2027-07-05 | 审批转正         | 2027-10-05
            """)
    void the_clock_that_runs_out_first(PipelineStage stage, String applied, String talked, String activist, String lastReview,
                                       String admitVote, String ends, String request, String vote, String what, String due) {
        PipelineRules.Clock c = PipelineRules.nextClock(facts(stage, applied, talked, activist, lastReview, admitVote, ends, request, vote), S)
                .orElseThrow();
        assertEquals(what, c.what());
        assertEquals(d(due), c.due());
    }

    @Test
    void a_talked_applicant_and_a_full_member_have_no_clock() {
        assertEquals(Optional.empty(), PipelineRules.nextClock(facts(PipelineStage.APPLICANT, "2026-01-01", "2026-01-05", null, null,
                null, null, null, null), S));
        assertEquals(Optional.empty(), PipelineRules.nextClock(facts(PipelineStage.FULL, "2020-01-01", "2020-01-05", null, null,
                null, null, null, null), S));
    }

    @ParameterizedTest(name = "today {0}, due {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # yellow within 10 working days (the deadline day itself in time)
            2026-12-01 | 2026-12-31 | GREEN
            2026-12-01 | 2026-12-14 | YELLOW
            2026-12-14 | 2026-12-14 | YELLOW
            2026-12-15 | 2026-12-14 | RED
            # 国庆: 10 calendar days before 10-12 leave 3 working days
            2026-10-02 | 2026-10-12 | YELLOW
            # a year the calendar does not know: five working days a week
            2026-12-01 | 2027-03-01 | GREEN
            2026-12-20 | 2027-01-02 | YELLOW
            """)
    void lights_on_the_work_calendar(String today, String due, DeadlineLight light) {
        assertEquals(light, PipelineRules.light(d(today), d(due), S, CAL_2026));
    }

    @ParameterizedTest(name = "公示 opened {0} closes {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # five working days, the opening day counted when it is one
            2026-12-04 | 2026-12-10
            # opened on a Saturday: from Monday
            2026-12-05 | 2026-12-11
            # across 国庆 (10-10 is a make-up working day)
            2026-09-30 | 2026-10-12
            """)
    void the_notice_of_the_candidate_lasts_five_working_days(String opened, String closes) {
        assertEquals(d(closes), PipelineRules.noticeClosesOn(CAL_2026, d(opened), S));
    }

    @ParameterizedTest(name = "应到 {0} 实到 {1} 赞成 {2} 反对 {3} 弃权 {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # passed: more than half present, 赞成 more than half of the entitled
            9  | 5 | 5 | 0 | 0 | ''
            9  | 9 | 5 | 3 | 1 | ''
            10 | 6 | 6 | 0 | 0 | ''
            # half present is not more than half
            10 | 5 | 5 | 0 | 0 | 应到有表决权的正式党员 10 人，实到 5 人，未超过半数，不能表决
            # 赞成 more than half of those present but not of those entitled
            9  | 7 | 4 | 2 | 1 | 赞成 4 票，未超过应到有表决权的正式党员 9 人的半数（实到 7 人，反对 2，弃权 1），未通过
            10 | 10 | 5 | 5 | 0 | 赞成 5 票，未超过应到有表决权的正式党员 10 人的半数（实到 10 人，反对 5，弃权 0），未通过
            # counts that do not add up
            9  | 6 | 5 | 0 | 0 | 赞成 5、反对 0、弃权 0 合计 5 票，与实到 6 人不符
            9  | 10 | 10 | 0 | 0 | 实到 10 人，多于应到有表决权的正式党员 9 人
            0  | 0 | 0 | 0 | 0 | 本支部没有有表决权的正式党员，不能召开支部大会表决
            """)
    void the_vote_of_the_branch_meeting(int entitled, int present, int yes, int no, int abstain, String refusal) {
        if (refusal.isEmpty()) {
            assertDoesNotThrow(() -> PipelineRules.checkVote(entitled, present, yes, no, abstain));
        } else {
            assertEquals(refusal, assertThrows(BusinessException.class,
                    () -> PipelineRules.checkVote(entitled, present, yes, no, abstain)).getMessage());
        }
    }

    @ParameterizedTest(name = "积极分子 since {0}, today {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-12-10 | 2026-12-09 | 确定为入党积极分子（2025-12-10）满一年后才能确定为发展对象，2026-12-10 起可以办理
            2025-12-10 | 2026-12-10 | ''
            2024-02-29 | 2025-02-27 | 确定为入党积极分子（2024-02-29）满一年后才能确定为发展对象，2025-02-28 起可以办理
            2024-02-29 | 2025-02-28 | ''
            """)
    void a_candidate_not_before_one_year_as_activist(String activist, String today, String refusal) {
        Facts f = new Facts(PipelineStage.ACTIVIST, d("2024-01-01"), d("2024-01-10"), d(activist), null, d(activist), null, null, null,
                NoticeState.NONE, null, null, null, null, null, false, null, null, d(activist));
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                PipelineRules.blocker(f, StepKind.MAKE_CANDIDATE, d(today), S));
    }

    @ParameterizedTest(name = "probation ends {0}, today {1}: request {2}, vote {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the request from 30 days before the end; the 支部大会 from the end on
            2027-06-30 | 2027-05-30 | 预备期至 2027-06-30 届满，2027-05-31 起可以提交转正申请 | 请先记录本人的转正申请
            2027-06-30 | 2027-05-31 | ''                                              | 请先记录本人的转正申请
            """)
    void the_request_for_full_membership_near_the_end(String ends, String today, String request, String vote) {
        Facts f = facts(PipelineStage.PROBATIONARY, "2024-01-01", "2024-01-05", "2024-03-01", null, "2026-06-30", ends, null, null);
        assertEquals(request.isEmpty() ? Optional.empty() : Optional.of(request), PipelineRules.blocker(f, StepKind.FULL_REQUEST, d(today), S));
        assertEquals(Optional.of(vote), PipelineRules.blocker(f, StepKind.FULL_VOTE, d(today), S));
        Facts requested = facts(PipelineStage.PROBATIONARY, "2024-01-01", "2024-01-05", "2024-03-01", null, "2026-06-30", ends, today, null);
        assertEquals(Optional.of("预备期 " + ends + " 届满后才能讨论转正"), PipelineRules.blocker(requested, StepKind.FULL_VOTE, d(today), S));
        assertEquals(Optional.empty(), PipelineRules.blocker(requested, StepKind.FULL_VOTE, d(ends), S));
    }

    @ParameterizedTest(name = "born {0}, letter {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2008-06-01 | 2026-06-01 | ''
            2008-06-02 | 2026-06-01 | 申请人递交入党申请书时未满 18 周岁（2026-06-02 满 18 周岁）
            2008-02-29 | 2026-02-28 | 申请人递交入党申请书时未满 18 周岁（2026-02-28 满 18 周岁）
            """)
    void the_applicant_is_at_least_18(String born, String letter, String refusal) {
        if (refusal.isEmpty()) {
            assertDoesNotThrow(() -> PipelineRules.checkAge(d(born), d(letter), S));
        } else {
            assertEquals(refusal, assertThrows(BusinessException.class, () -> PipelineRules.checkAge(d(born), d(letter), S)).getMessage());
        }
    }

    @ParameterizedTest(name = "{0} days, {1} hours: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | 0  | ''
            0 | 24 | ''
            2 | 23 | 集中培训须不少于 3 天或 24 学时（现为 2 天、23 学时）
            """)
    void training_of_three_days_or_24_hours(int days, int hours, String refusal) {
        if (refusal.isEmpty()) {
            assertDoesNotThrow(() -> PipelineRules.checkTraining(days, hours, S));
        } else {
            assertEquals(refusal, assertThrows(BusinessException.class, () -> PipelineRules.checkTraining(days, hours, S)).getMessage());
        }
    }

    @ParameterizedTest(name = "extension {0} months ok: {1}")
    @CsvSource({"5,false", "6,true", "12,true", "13,false"})
    void probation_extended_six_months_to_a_year(int months, boolean ok) {
        if (ok) {
            assertDoesNotThrow(() -> PipelineRules.checkExtension(months));
        } else {
            assertThrows(BusinessException.class, () -> PipelineRules.checkExtension(months));
        }
    }

    @Test
    void probation_ends_a_year_after_the_meeting_plus_the_extension() {
        assertEquals(d("2027-06-30"), PipelineRules.probationEnds(d("2026-06-30"), 0, S));
        assertEquals(d("2027-12-30"), PipelineRules.probationEnds(d("2026-06-30"), 6, S));
    }

    @Test
    void sponsors_and_introducers_are_full_members_of_the_branch_and_not_the_person() {
        Member a = new Member(1, "甲", true);
        Member b = new Member(2, "乙", true);
        Member c = new Member(3, "丙", true);
        Member probationary = new Member(4, "丁", false);
        assertDoesNotThrow(() -> PipelineRules.checkSponsors(List.of(a), 9L));
        assertDoesNotThrow(() -> PipelineRules.checkSponsors(List.of(a, b), 9L));
        assertEquals("请指定 1 至 2 名培养联系人", assertThrows(BusinessException.class,
                () -> PipelineRules.checkSponsors(List.of(a, b, c), 9L)).getMessage());
        assertEquals("丁 不是本支部的正式党员，不能做培养联系人", assertThrows(BusinessException.class,
                () -> PipelineRules.checkSponsors(List.of(probationary), 9L)).getMessage());
        assertEquals("本人不能做自己的培养联系人", assertThrows(BusinessException.class,
                () -> PipelineRules.checkSponsors(List.of(a), 1L)).getMessage());
        assertEquals("请指定 2 名入党介绍人", assertThrows(BusinessException.class,
                () -> PipelineRules.checkIntroducers(List.of(a), 9L)).getMessage());
        assertEquals("入党介绍人不能重复", assertThrows(BusinessException.class,
                () -> PipelineRules.checkIntroducers(List.of(a, a), 9L)).getMessage());
        assertEquals("introducers", assertThrows(BusinessException.class,
                () -> PipelineRules.checkIntroducers(List.of(a, probationary), 9L)).field());
    }

    @Test
    void a_stage_is_not_closed_while_its_papers_are_missing() {
        BusinessException e = assertThrows(BusinessException.class, () -> PipelineRules.checkPapers(PipelineStage.APPLICANT,
                StepKind.MAKE_ACTIVIST, EnumSet.of(PaperKind.APPLICATION_LETTER)));
        assertTrue(e.getMessage().contains("缺少：谈话记录"), e.getMessage());
        assertDoesNotThrow(() -> PipelineRules.checkPapers(PipelineStage.APPLICANT, StepKind.MAKE_ACTIVIST,
                EnumSet.of(PaperKind.APPLICATION_LETTER, PaperKind.TALK_RECORD)));
        // a step within the stage and the side exits need no papers
        assertDoesNotThrow(() -> PipelineRules.checkPapers(PipelineStage.APPLICANT, StepKind.TALK, EnumSet.noneOf(PaperKind.class)));
        assertDoesNotThrow(() -> PipelineRules.checkPapers(PipelineStage.ACTIVIST, StepKind.WITHDRAW, EnumSet.noneOf(PaperKind.class)));
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            APPLICANT    | MAKE_ACTIVIST | ACTIVIST
            ACTIVIST     | MAKE_CANDIDATE| CANDIDATE
            CANDIDATE    | APPROVE       | PROBATIONARY
            PROBATIONARY | APPROVE_FULL  | FULL
            PROBATIONARY | EXTEND        | PROBATIONARY
            PROBATIONARY | DISQUALIFY    | DISQUALIFIED
            APPLICANT    | WITHDRAW      | WITHDRAWN
            """)
    void the_stages(PipelineStage from, StepKind step, PipelineStage to) {
        assertEquals(Optional.of(to), PipelineRules.next(from, step));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @CsvSource({"APPLICANT,MAKE_CANDIDATE", "APPLICANT,DISQUALIFY", "ACTIVIST,APPROVE", "FULL,WITHDRAW", "WITHDRAWN,TALK",
            "DISQUALIFIED,REVIEW"})
    void steps_out_of_order_are_refused(PipelineStage from, StepKind step) {
        assertEquals(Optional.empty(), PipelineRules.next(from, step));
    }

    @Test
    void the_candidate_steps_in_order_and_an_upheld_objection_stops_them() {
        Facts base = new Facts(PipelineStage.CANDIDATE, d("2024-01-01"), d("2024-01-10"), d("2024-03-01"), d("2025-03-05"),
                d("2025-03-01"), null, null, null, NoticeState.NONE, null, null, null, null, null, false, null, null, d("2025-03-05"));
        LocalDate today = d("2026-12-06");
        assertEquals(Optional.of("党总支预审后才能公示"), PipelineRules.blocker(base, StepKind.NOTICE, today, S));
        assertEquals(Optional.of("请先记录政治审查结论"), PipelineRules.blocker(base, StepKind.PRE_REVIEW, today, S));
        Facts stopped = new Facts(PipelineStage.CANDIDATE, d("2024-01-01"), d("2024-01-10"), d("2024-03-01"), d("2025-03-05"),
                d("2025-03-01"), d("2025-04-01"), d("2025-04-02"), d("2025-04-03"), NoticeState.STOPPED, null, null, null, null, null,
                false, null, null, d("2025-04-03"));
        assertEquals(Optional.of("公示中异议成立，发展程序已中止"), PipelineRules.blocker(stopped, StepKind.PLEDGE_FORM, today, S));
        assertEquals(Optional.of("公示中异议成立，发展程序已中止"), PipelineRules.blocker(stopped, StepKind.NOTICE, today, S));
        assertTrue(PipelineRules.possibleSteps(stopped, today, S).contains(StepKind.WITHDRAW));
        assertTrue(!PipelineRules.possibleSteps(stopped, today, S).contains(StepKind.ADMIT_VOTE));
    }

    @ParameterizedTest(name = "on {0} after {1}, today {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-01 | 2026-11-01 | 2026-12-06 | ''
            2026-12-07 | 2026-11-01 | 2026-12-06 | 日期不能晚于今天
            2026-10-31 | 2026-11-01 | 2026-12-06 | 日期不能早于上一步（2026-11-01）
            """)
    void a_date_not_before_the_previous_step_nor_in_the_future(String on, String previous, String today, String refusal) {
        if (refusal.isEmpty()) {
            assertDoesNotThrow(() -> PipelineRules.checkDate(d(on), d(previous), d(today)));
        } else {
            assertEquals(refusal, assertThrows(BusinessException.class, () -> PipelineRules.checkDate(d(on), d(previous), d(today))).getMessage());
        }
    }
    @ParameterizedTest(name = "积极分子 since {0}, 发展对象 dated {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # the date of the 支委会 decision as entered, not today, keeps the year (a back-dated record is held to it too)
            2024-12-10 | 2025-12-09 | 确定为入党积极分子（2024-12-10）满一年后才能确定为发展对象，2025-12-10 起可以办理
            2024-12-10 | 2025-12-10 | ''
            2024-02-29 | 2025-02-27 | 确定为入党积极分子（2024-02-29）满一年后才能确定为发展对象，2025-02-28 起可以办理
            2024-02-29 | 2025-02-28 | ''
            """)
    void the_candidate_decision_date_keeps_the_year(String activist, String on, String refusal) {
        Facts f = new Facts(PipelineStage.ACTIVIST, d("2024-01-01"), d("2024-01-10"), d(activist), null, d(activist), null, null, null,
                NoticeState.NONE, null, null, null, null, null, false, null, null, d(activist));
        check(() -> PipelineRules.checkStepDate(f, StepKind.MAKE_CANDIDATE, d(on), S), refusal);
    }

    /** A 发展对象 voted on {@code vote} (志愿书 in, 公示 confirmed), talked with by the higher committee on {@code talk}. */
    private static Facts voted(String vote, String talk) {
        return new Facts(PipelineStage.CANDIDATE, d("2024-01-01"), d("2024-01-10"), d("2024-03-01"), d("2025-03-05"), d("2025-03-01"),
                d("2025-04-01"), d("2025-04-02"), d("2025-04-03"), NoticeState.CONFIRMED, d("2025-04-20"), d(vote), d(talk), null,
                d(vote) == null ? null : d(vote).plusYears(1), false, null, null, d(talk) == null ? d(vote) : d(talk));
    }

    /** A 预备党员 whose 支部大会 on 转正 was held on {@code fullVote}. */
    private static Facts fullVoted(String fullVote) {
        return new Facts(PipelineStage.PROBATIONARY, d("2023-01-01"), d("2023-01-10"), d("2023-03-01"), d("2024-03-05"), d("2025-03-01"),
                d("2024-04-01"), d("2024-04-02"), d("2024-04-03"), NoticeState.CONFIRMED, d("2024-04-20"), d("2025-05-01"), d("2025-05-10"),
                d("2025-05-20"), d("2026-05-01"), false, d("2026-04-10"), d(fullVote), d(fullVote));
    }

    @ParameterizedTest(name = "支部大会 {0}, 上级谈话 {1}, today {2}: void? {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # the higher committee approves within three months of the 支部大会; the day after, the resolution is void
            # vote       | talk       | today      | voided                                                                       | 支部大会 again | 审批 possible
            2026-06-30   | -          | 2026-09-30 | -                                                                            | false          | false
            2026-06-30   | 2026-07-15 | 2026-09-30 | -                                                                            | false          | true
            2026-06-30   | -          | 2026-10-01 | 支部大会（2026-06-30）接收预备党员的决议超过 3 个月未经审批，已失效，须重新召开支部大会表决 | true           | false
            2026-06-30   | 2026-07-15 | 2026-10-01 | 支部大会（2026-06-30）接收预备党员的决议超过 3 个月未经审批，已失效，须重新召开支部大会表决 | true           | false
            # month ends: 11-30 plus three months is 02-28
            2026-11-30   | 2026-12-01 | 2027-02-28 | -                                                                            | false          | true
            2026-11-30   | 2026-12-01 | 2027-03-01 | 支部大会（2026-11-30）接收预备党员的决议超过 3 个月未经审批，已失效，须重新召开支部大会表决 | true           | false
            """)
    void a_vote_not_approved_within_three_months_is_void_and_held_again(String vote, String talk, String today, String voided,
                                                                          boolean voteAgain, boolean approve) {
        Facts f = voted(vote, talk);
        assertEquals(Optional.ofNullable(voided), PipelineRules.voidedVote(f, d(today), S));
        List<StepKind> possible = PipelineRules.possibleSteps(f, d(today), S);
        assertEquals(voteAgain, possible.contains(StepKind.ADMIT_VOTE), possible.toString());
        assertEquals(approve, possible.contains(StepKind.APPROVE), possible.toString());
        if (voided != null) {
            assertEquals(Optional.of(voided), PipelineRules.blocker(f, StepKind.APPROVE, d(today), S));
            assertEquals(Optional.of(voided), PipelineRules.blocker(f, StepKind.HIGHER_TALK, d(today), S));
        }
    }

    @ParameterizedTest(name = "支部大会 {0}, {1} dated {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-30 | HIGHER_TALK | 2026-09-30 | ''
            2026-06-30 | HIGHER_TALK | 2026-10-01 | 上级谈话须在支部大会（2026-06-30）后 3 个月内，即 2026-09-30 前办理；逾期支部大会的决议失效，须重新召开支部大会表决
            2026-06-30 | APPROVE     | 2026-09-30 | ''
            2026-06-30 | APPROVE     | 2026-10-01 | 审批预备党员须在支部大会（2026-06-30）后 3 个月内，即 2026-09-30 前办理；逾期支部大会的决议失效，须重新召开支部大会表决
            """)
    void the_higher_talk_and_the_approval_are_dated_within_three_months_of_the_vote(String vote, StepKind step, String on, String refusal) {
        check(() -> PipelineRules.checkStepDate(voted(vote, "2026-07-01"), step, d(on), S), refusal);
    }

    @ParameterizedTest(name = "转正 支部大会 {0}, today {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-05-05 | 2026-08-05 | -
            2026-05-05 | 2026-08-06 | 支部大会（2026-05-05）讨论转正的决议超过 3 个月未经审批，已失效，须重新召开支部大会讨论
            """)
    void a_vote_on_full_membership_not_approved_within_three_months_is_void(String fullVote, String today, String voided) {
        Facts f = fullVoted(fullVote);
        assertEquals(Optional.ofNullable(voided), PipelineRules.voidedVote(f, d(today), S));
        List<StepKind> possible = PipelineRules.possibleSteps(f, d(today), S);
        assertEquals(voided != null, possible.contains(StepKind.FULL_VOTE), possible.toString());
        assertEquals(voided == null, possible.contains(StepKind.APPROVE_FULL), possible.toString());
        check(() -> PipelineRules.checkStepDate(f, StepKind.APPROVE_FULL, d(fullVote).plusMonths(3).plusDays(1), S),
                "审批转正须在支部大会讨论转正（" + fullVote + "）后 3 个月内，即 " + d(fullVote).plusMonths(3) + " 前办理；逾期决议失效，须重新召开支部大会讨论");
    }

    @Test
    void the_other_clocks_only_light() {
        // a talk a year late, a half-year without a 考察记录, a quarter of 预备期 without one: lights, never a refusal
        Facts lateTalk = facts(PipelineStage.APPLICANT, "2025-01-10", null, null, null, null, null, null, null);
        assertEquals(Optional.empty(), PipelineRules.blocker(lateTalk, StepKind.TALK, d("2026-01-10"), S));
        assertEquals(DeadlineLight.RED, PipelineRules.light(d("2026-12-06"), PipelineRules.nextClock(lateTalk, S).orElseThrow().due(), S, CAL_2026));
        Facts noReview = facts(PipelineStage.ACTIVIST, "2024-01-10", "2024-01-20", "2024-03-01", null, null, null, null, null);
        assertEquals(Optional.empty(), PipelineRules.blocker(noReview, StepKind.REVIEW, d("2026-12-06"), S));
        assertEquals(Optional.empty(), PipelineRules.voidedVote(noReview, d("2030-01-01"), S));
    }

    private static void check(org.junit.jupiter.api.function.Executable e, String refusal) {
        if (refusal.isEmpty()) {
            assertDoesNotThrow(e);
        } else {
            BusinessException x = assertThrows(BusinessException.class, e);
            assertEquals(refusal, x.getMessage());
            assertEquals("date", x.field());
        }
    }
}
