package cn.fuwukuaiche.org.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HallRulesTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(nullValues = "null", value = {
            "baishui, ok",
            "lian-hua2, ok",
            "'  Baishui ', ok",        // stored as baishui
            "ｂａｉｓｈｕｉ, ok",        // NFKC
            "b, bad",                  // too short
            "2hall, bad",              // must start with a letter
            "bai shui, bad",
            "白水, bad",
            "bai_shui, bad",
            "abcdefghijabcdefghijabcdefghijab, ok",    // 32
            "abcdefghijabcdefghijabcdefghijabc, bad",  // 33
            "'', empty",
            "null, empty"})
    void code(String code, String expected) {
        String actual = HallRules.codeProblem(code).map(p -> p.startsWith("请输入") ? "empty" : "bad").orElse("ok");
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource({"'  Baishui ', baishui", "ＬＩＡＮＨＵＡ, lianhua"})
    void normalCode(String code, String expected) {
        assertEquals(expected, HallRules.normalCode(code));
    }
}
