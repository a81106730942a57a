package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole 填报 → 审核 → 确认 table: every action from every status, as the buttons and the service see it. */
class AssessmentFlowTest {

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // action | from      | to (or the refusal)
            "EDIT     | DRAFT     | DRAFT",
            "EDIT     | RETURNED  | RETURNED",
            "EDIT     | SUBMITTED | 考评表已提交，待审核期间不能修改",
            "EDIT     | APPROVED  | 考评表已审核通过，如需修改请由支部书记退回",
            "EDIT     | CONFIRMED | 本月考评已确认锁定，如需更正须由中心领导填写更正原因",
            "SUBMIT   | DRAFT     | SUBMITTED",
            "SUBMIT   | RETURNED  | SUBMITTED",
            "SUBMIT   | SUBMITTED | 考评表已提交，不能重复提交（当前：待审核）",
            "SUBMIT   | CONFIRMED | 本月考评已确认锁定，如需更正须由中心领导填写更正原因",
            "APPROVE  | SUBMITTED | APPROVED",
            "APPROVE  | DRAFT     | 只能审核已提交的考评表（当前：填报中）",
            "APPROVE  | APPROVED  | 只能审核已提交的考评表（当前：已审核待确认）",
            "RETURN   | SUBMITTED | RETURNED",
            "RETURN   | APPROVED  | RETURNED",
            "RETURN   | DRAFT     | 只能退回已提交或已审核的考评表（当前：填报中）",
            "RETURN   | CONFIRMED | 只能退回已提交或已审核的考评表（当前：已确认）",
            "CONFIRM  | APPROVED  | CONFIRMED",
            "CONFIRM  | SUBMITTED | 考评表尚未审核通过，不能确认（当前：待审核）",
            "CONFIRM  | CONFIRMED | 考评表尚未审核通过，不能确认（当前：已确认）",
            "CORRECT  | CONFIRMED | CONFIRMED",
            "CORRECT  | APPROVED  | 只有已确认的考评表需要更正；未确认的请退回后修改",
    })
    void each_action_is_allowed_only_where_the_flow_says(AssessmentAction action, AssessmentStatus from, String expected) {
        AssessmentFlow.Result r = AssessmentFlow.apply(action, from);
        assertEquals(expected, r.refusal().orElseGet(() -> r.to().name()));
        assertEquals(r.refusal().isEmpty(), AssessmentFlow.allowed(action, from));
    }
}
