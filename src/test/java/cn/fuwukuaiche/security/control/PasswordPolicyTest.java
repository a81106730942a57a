package cn.fuwukuaiche.security.control;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL        | 请输入密码",
            "''          | 请输入密码",
            "abc123      | 密码至少 8 位",
            "abcdefgh    | 密码须同时包含字母和数字",
            "12345678    | 密码须同时包含字母和数字",
            "abcd1234    | OK",
            "密码密码密码密码1a | OK",
    })
    void says_why_a_password_is_refused(String password, String expected) {
        assertEquals(expected, PasswordPolicy.problem(password).orElse("OK"));
    }

    @RepeatedTest(20)
    void generated_passwords_pass_the_policy() {
        String p = PasswordPolicy.generate();
        assertTrue(PasswordPolicy.problem(p).isEmpty(), p);
        assertEquals(12, p.length());
    }
}
