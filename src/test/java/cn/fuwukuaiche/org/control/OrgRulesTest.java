package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.org.entity.PoliticalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NULL", value = {
            "13812345678, ok",
            "19912345678, ok",
            "138 1234 5678, ok",
            "12812345678, bad",       // 12x is no mobile prefix
            "1381234567, bad",        // 10 digits
            "138123456789, bad",      // 12 digits
            "0731-84567890, ok",
            "073184567890, ok",
            "010-62345678, ok",
            "0731－84567890, ok",     // full-width dash from a document
            "0731-8456789-123, ok",   // with extension
            "84567890, bad",          // no area code
            "0731-0456789, bad",      // local number cannot start with 0
            "phone, bad",
            "NULL, ok",               // optional
    })
    void phone_numbers(String phone, String expected) {
        assertEquals(expected.equals("ok"), OrgRules.phoneProblem(phone).isEmpty(), String.valueOf(OrgRules.phoneProblem(phone)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "A12, ok", "a12, ok", "B3, ok", "AB123, ok", "C001, ok",
            "12, bad", "A, bad", "A1234, bad", "ABC1, bad", "A-12, bad", "窗口1, bad"})
    void window_numbers(String no, String expected) {
        assertEquals(expected.equals("ok"), OrgRules.windowNoProblem(no).isEmpty());
    }

    @Test
    void a_missing_window_number_says_so() {
        assertEquals("请输入窗口号", OrgRules.windowNoProblem(" ").orElseThrow());
        assertEquals(OrgRules.MSG_WINDOW_NO, OrgRules.windowNoProblem("A-12").orElseThrow());
    }

    @ParameterizedTest(name = "{0} with branch={1} → {2}")
    @CsvSource(nullValues = "NULL", value = {
            "PARTY_MEMBER, true, NULL",
            "PROBATIONARY_MEMBER, true, NULL",
            "PARTY_MEMBER, false, 中共党员、预备党员须选择所属党支部",
            "PROBATIONARY_MEMBER, false, 中共党员、预备党员须选择所属党支部",
            "ACTIVIST, false, NULL",
            "LEAGUE_MEMBER, false, NULL",
            "MASSES, false, NULL",
            "MASSES, true, 非党员不能编入党支部，请清空所属支部或更正政治面貌",
            "ACTIVIST, true, 非党员不能编入党支部，请清空所属支部或更正政治面貌"})
    void a_party_member_needs_a_branch_and_a_non_member_has_none(PoliticalStatus status, boolean hasBranch, String message) {
        assertEquals(message, OrgRules.branchProblem(status, hasBranch).orElse(null));
    }

    @ParameterizedTest(name = "secretary {0} → {1}")
    @CsvSource({"PARTY_MEMBER, ok", "PROBATIONARY_MEMBER, bad", "ACTIVIST, bad", "LEAGUE_MEMBER, bad", "MASSES, bad"})
    void only_a_full_member_may_be_branch_secretary(PoliticalStatus status, String expected) {
        assertEquals(expected.equals("ok"), OrgRules.secretaryProblem(status).isEmpty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NULL", value = {
            "11010519491231002X, ok",   // the standard's own example
            "11010519491231002x, ok",
            "110105194912310021, bad",  // wrong check digit
            "11010519491231002, bad",   // 17 digits
            "NULL, ok"})
    void id_card_numbers_carry_a_check_digit(String id, String expected) {
        assertEquals(expected.equals("ok"), OrgRules.idCardProblem(id).isEmpty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"QS0001, ok", "2024-017, ok", "A, bad", "QS 001, bad", "工号1, bad"})
    void staff_numbers(String no, String expected) {
        assertEquals(expected.equals("ok"), OrgRules.staffNoProblem(no).isEmpty());
    }

    @Test
    void a_staff_form_reports_every_problem_beside_its_field() {
        List<OrgRules.Problem> problems = OrgRules.checkStaff(new OrgRules.StaffInput("QS0001", "王", null, PoliticalStatus.PARTY_MEMBER,
                1L, 7L, 2L, null, "123", null), false);
        List<String> fields = problems.stream().map(OrgRules.Problem::field).toList();
        assertEquals(List.of("name", "gender", "window", "branch", "phone"), fields);
        assertTrue(problems.stream().anyMatch(p -> p.message().equals(OrgRules.MSG_WINDOW_OTHER_UNIT)));
    }
}
