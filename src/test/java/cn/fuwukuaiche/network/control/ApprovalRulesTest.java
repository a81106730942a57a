package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.network.entity.ApprovalResult;
import cn.fuwukuaiche.network.entity.ApprovalState;
import cn.fuwukuaiche.network.entity.TaskAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApprovalRulesTest {

    private static final WorkCalendar CAL = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());

    @ParameterizedTest(name = "recorded {0}, deadline {1}, today {2}, deemed-agree {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "-,              2026-11-20, 2026-11-20, true,  -,              the deadline day still belongs to the window",
            "-,              2026-11-20, 2026-11-21, true,  DEEMED_AGREE,   the day after: deemed to agree",
            "-,              2026-11-20, 2026-11-30, false, -,              setting off: still owed, however late",
            "REJECT,         2026-11-20, 2026-11-30, true,  REJECT,         an answer in time stays",
            "NEED_MATERIALS, 2026-11-20, 2026-11-30, true,  NEED_MATERIALS, 补正 stops the clock: no deemed agreement",
            "DEEMED_AGREE,   2026-11-20, 2026-11-30, true,  DEEMED_AGREE,   already recorded",
    })
    void effective_answer(TaskAnswer recorded, LocalDate deadline, LocalDate today, boolean deemed, TaskAnswer expected, String why) {
        assertEquals(Optional.ofNullable(expected), ApprovalRules.effectiveAnswer(recorded, deadline, today, deemed), why);
        assertEquals(recorded == null && expected == TaskAnswer.DEEMED_AGREE,
                ApprovalRules.dueForDeemedAgreement(recorded, deadline, today, deemed), why);
    }

    @ParameterizedTest(name = "deadline {0}, today {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "2026-10-13, 2026-10-08, GREEN,  four working days left after 国庆",
            "2026-10-13, 2026-10-12, YELLOW, one working day left",
            "2026-10-13, 2026-10-13, YELLOW, the deadline day",
            "2026-10-13, 2026-10-14, -,      past it: deemed to agree, nothing owed",
    })
    void light_of_a_task_with_deemed_agreement_on(LocalDate deadline, LocalDate today, DeadlineLight expected, String why) {
        assertEquals(Optional.ofNullable(expected), ApprovalRules.taskLight(null, deadline, today, true, 1, CAL), why);
    }

    @Test
    void with_deemed_agreement_off_an_overdue_task_is_red_and_an_answered_one_has_no_light() {
        LocalDate deadline = LocalDate.of(2026, 10, 13);
        assertEquals(Optional.of(DeadlineLight.RED), ApprovalRules.taskLight(null, deadline, deadline.plusDays(1), false, 1, CAL));
        assertTrue(ApprovalRules.taskLight(TaskAnswer.AGREE, deadline, deadline.minusDays(3), false, 1, CAL).isEmpty());
        assertTrue(ApprovalRules.taskLight(TaskAnswer.NEED_MATERIALS, deadline, deadline.plusDays(3), false, 1, CAL).isEmpty());
    }

    @Test
    void overall_result_needs_every_part_settled_and_one_rejection_rejects() {
        assertEquals(Optional.of(ApprovalResult.APPROVED), ApprovalRules.overall(List.of(
                Optional.of(TaskAnswer.AGREE), Optional.of(TaskAnswer.DEEMED_AGREE))));
        assertEquals(Optional.of(ApprovalResult.REJECTED), ApprovalRules.overall(List.of(
                Optional.of(TaskAnswer.AGREE), Optional.of(TaskAnswer.REJECT))));
        assertTrue(ApprovalRules.overall(List.of(Optional.of(TaskAnswer.AGREE), Optional.empty())).isEmpty(), "one still open");
        assertTrue(ApprovalRules.overall(List.of(Optional.of(TaskAnswer.NEED_MATERIALS))).isEmpty(), "补正 pending");
        assertTrue(ApprovalRules.overall(List.of()).isEmpty(), "no department notified yet");
    }

    @Test
    void a_window_review_must_end_by_the_project_deadline() {
        assertTrue(ApprovalRules.fitsProjectDeadline(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
        assertFalse(ApprovalRules.fitsProjectDeadline(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
    }

    @ParameterizedTest(name = "{0}: the lead window may {1}; departments answer: {2}")
    @CsvSource({
            "REGISTERED, ACCEPT, false",
            "ACCEPTED,   NOTIFY, false",
            "IN_REVIEW,  FINISH, true",
            "FINISHED,   ,       false",
    })
    void the_lead_windows_next_step_and_when_departments_answer(ApprovalState state, ApprovalRules.LeadStep step, boolean answerable) {
        assertEquals(Optional.ofNullable(step), ApprovalRules.leadStep(state));
        assertEquals(answerable, ApprovalRules.answerable(state));
    }
}
