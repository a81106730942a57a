package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.calendar.TodoLights;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The workbench's clocks for monthly sheets (plain Java, {@code EvaluationTodoRulesTest}): a month's sheet is filled
 * within {@value #FILL_WORKING_DAYS} working days after the month ends, reviewed by the secretary within
 * {@value #REVIEW_WORKING_DAYS}, and the month confirmed by the leader within {@value #CONFIRM_WORKING_DAYS}; a returned
 * sheet is due again {@value #RETURNED_WORKING_DAYS} working days after the return (or by the fill deadline, whichever
 * is later). Lights turn yellow {@value #YELLOW_WORKING_DAYS} working days before.
 */
public final class EvaluationTodoRules {

    public static final int FILL_WORKING_DAYS = 5;
    public static final int REVIEW_WORKING_DAYS = 8;
    public static final int CONFIRM_WORKING_DAYS = 10;
    public static final int YELLOW_WORKING_DAYS = 2;
    public static final int RETURNED_WORKING_DAYS = 3;
    /** An appeal is decided within this many working days of being filed. */
    public static final int APPEAL_WORKING_DAYS = 5;

    private EvaluationTodoRules() {
    }

    /** Who acts next on a sheet in this status, as a step; null when nobody does (confirmed). */
    public enum Step { FILL, REVIEW, CONFIRM }

    public static Step step(AssessmentStatus status) {
        return switch (status) {
            case DRAFT, RETURNED -> Step.FILL;
            case SUBMITTED -> Step.REVIEW;
            case APPROVED -> Step.CONFIRM;
            case CONFIRMED -> null;
        };
    }

    /** The last day of the step for the sheet of {@code periodYm} (yyyyMM), or null when the calendar lacks the year. */
    public static LocalDate due(int periodYm, Step step, WorkCalendar cal) {
        LocalDate monthEnd = YearMonth.of(periodYm / 100, periodYm % 100).atEndOfMonth();
        int days = switch (step) {
            case FILL -> FILL_WORKING_DAYS;
            case REVIEW -> REVIEW_WORKING_DAYS;
            case CONFIRM -> CONFIRM_WORKING_DAYS;
        };
        return TodoLights.plusWorkingDays(monthEnd, days, cal);
    }

    /** A returned sheet: {@value #RETURNED_WORKING_DAYS} working days after the return, or the fill deadline if later. */
    public static LocalDate returnedDue(int periodYm, LocalDate returnedOn, WorkCalendar cal) {
        LocalDate fill = due(periodYm, Step.FILL, cal);
        LocalDate again = returnedOn == null ? null : TodoLights.plusWorkingDays(returnedOn, RETURNED_WORKING_DAYS, cal);
        if (fill == null || again == null) {
            return fill == null ? again : fill;
        }
        return again.isAfter(fill) ? again : fill;
    }

    public static String monthLabel(int periodYm) {
        return (periodYm / 100) + "年" + (periodYm % 100) + "月";
    }
}
