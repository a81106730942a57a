package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;

import java.util.Optional;

/**
 * The monthly sheet's flow (填报 → 审核 → 确认) as one table, so the service, the buttons on the page and the
 * tests agree: staff edit and submit a draft or a returned sheet; the secretary approves or returns a
 * submitted one; an approved sheet may still be returned before the leader confirms; a confirmed sheet is
 * locked and changes only by a correction with a recorded reason.
 */
public final class AssessmentFlow {

    private AssessmentFlow() {
    }

    /** The status after the action, or a Chinese reason why it is not allowed now. */
    public static Result apply(AssessmentAction action, AssessmentStatus from) {
        return switch (action) {
            case EDIT -> from == AssessmentStatus.DRAFT || from == AssessmentStatus.RETURNED
                    ? ok(from) : refuse(editRefusal(from));
            case SUBMIT -> from == AssessmentStatus.DRAFT || from == AssessmentStatus.RETURNED
                    ? ok(AssessmentStatus.SUBMITTED) : refuse(submitRefusal(from));
            case APPROVE -> from == AssessmentStatus.SUBMITTED
                    ? ok(AssessmentStatus.APPROVED) : refuse("只能审核已提交的考评表（当前：" + from.label() + "）");
            case RETURN -> from == AssessmentStatus.SUBMITTED || from == AssessmentStatus.APPROVED
                    ? ok(AssessmentStatus.RETURNED) : refuse("只能退回已提交或已审核的考评表（当前：" + from.label() + "）");
            case CONFIRM -> from == AssessmentStatus.APPROVED
                    ? ok(AssessmentStatus.CONFIRMED) : refuse("考评表尚未审核通过，不能确认（当前：" + from.label() + "）");
            case CORRECT -> from == AssessmentStatus.CONFIRMED
                    ? ok(AssessmentStatus.CONFIRMED) : refuse("只有已确认的考评表需要更正；未确认的请退回后修改");
        };
    }

    public static boolean allowed(AssessmentAction action, AssessmentStatus from) {
        return apply(action, from).refusal().isEmpty();
    }

    private static String editRefusal(AssessmentStatus from) {
        return switch (from) {
            case SUBMITTED -> "考评表已提交，待审核期间不能修改";
            case APPROVED -> "考评表已审核通过，如需修改请由支部书记退回";
            case CONFIRMED -> "本月考评已确认锁定，如需更正须由中心领导填写更正原因";
            default -> "当前状态不能修改";
        };
    }

    private static String submitRefusal(AssessmentStatus from) {
        return from == AssessmentStatus.CONFIRMED ? editRefusal(from) : "考评表已提交，不能重复提交（当前：" + from.label() + "）";
    }

    private static Result ok(AssessmentStatus to) {
        return new Result(to, null);
    }

    private static Result refuse(String why) {
        return new Result(null, why);
    }

    /** @param to the new status when allowed; @param why the refusal otherwise */
    public record Result(AssessmentStatus to, String why) {
        public Optional<String> refusal() {
            return Optional.ofNullable(why);
        }
    }
}
