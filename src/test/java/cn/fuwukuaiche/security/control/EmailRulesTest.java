package cn.fuwukuaiche.security.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NONE", delimiter = '|', value = {
            "NONE                       | ok",
            "zhangsan@example.cn        | ok",
            "li.xiuying+zwzx@gov.example.com | ok",
            "zhangsan                   | 请输入有效的邮箱地址，如 zhangsan@example.cn",
            "zhangsan@localhost         | 请输入有效的邮箱地址，如 zhangsan@example.cn",
            "张三@example.cn            | 请输入有效的邮箱地址，如 zhangsan@example.cn",
            "a..b@example.cn            | 请输入有效的邮箱地址，如 zhangsan@example.cn",
            "two@example.cn three@example.cn | 请输入有效的邮箱地址，如 zhangsan@example.cn",
    })
    void an_address_is_one_plain_address_or_none(String email, String expected) {
        assertEquals(expected, EmailRules.problem(email).orElse("ok"));
    }

    @org.junit.jupiter.api.Test
    void an_address_is_at_most_120_characters() {
        String local = "a".repeat(120 - "@example.cn".length());
        assertEquals("ok", EmailRules.problem(local + "@example.cn").orElse("ok"));
        assertEquals("邮箱地址最多 120 个字符", EmailRules.problem("a" + local + "@example.cn").orElseThrow());
    }
}
