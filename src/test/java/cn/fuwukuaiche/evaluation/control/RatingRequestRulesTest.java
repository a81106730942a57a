package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.rating.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an integrator sees for each bad field of POST /api/ratings. */
class RatingRequestRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    static Map<String, Object> good() {
        Map<String, Object> m = new HashMap<>();
        m.put("clientId", "pad-A01-0001");
        m.put("level", "SATISFIED");
        return m;
    }

    @Test
    void a_minimal_rating_is_accepted_and_rated_now() {
        RatingRequestRules.Parsed p = RatingRequestRules.parse(good(), NOW);
        assertTrue(p.ok(), p.errors().toString());
        assertEquals(RatingLevel.SATISFIED, p.request().level());
        assertNull(p.request().ratedAt());
    }

    @Test
    void a_full_rating_keeps_every_field_and_converts_the_time_to_beijing() {
        Map<String, Object> m = good();
        m.put("level", "VERY_DISSATISFIED");
        m.put("staffNo", " QS0012 ");
        m.put("overall", new BigDecimal("1"));
        m.put("efficiency", new BigDecimal("2"));
        m.put("competence", new BigDecimal("3"));
        m.put("attitude", new BigDecimal("5"));
        m.put("comment", "  等候时间太长  ");
        m.put("ratedAt", "2026-11-26T01:15:00Z");
        RatingRequest r = RatingRequestRules.parse(m, NOW).request();
        assertEquals(new RatingRequest("pad-A01-0001", RatingLevel.VERY_DISSATISFIED, "QS0012", 1, 2, 3, 5, "等候时间太长",
                LocalDateTime.of(2026, 11, 26, 9, 15)), r);
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "clientId   | <absent>          | 请提供客户端评价编号 clientId",
            "clientId   | ''                | 请提供客户端评价编号 clientId",
            "clientId   | has space         | clientId 须为 1–64 个字母、数字或 . _ : - 字符",
            "clientId   | <number>          | clientId 必须是字符串",
            "level      | <absent>          | 请提供评价等级 level",
            "level      | GOOD              | 评价等级必须是 VERY_SATISFIED（非常满意）、SATISFIED（满意）、BASIC（基本满意）、DISSATISFIED（不满意）、VERY_DISSATISFIED（非常不满意）之一",
            "level      | 满意              | 评价等级必须是",
            "level      | <number>          | 评价等级必须是",
            "overall    | <number:0>        | 整体满意度（overall）须为 1–5 的整数",
            "efficiency | <number:6>        | 服务效率（efficiency）须为 1–5 的整数",
            "competence | <number:2.5>      | 服务水平（competence）须为 1–5 的整数",
            "attitude   | 5                 | 服务态度（attitude）须为 1–5 的整数",
            "staffNo    | <number>          | 工号 staffNo 须为 1–20 个字符的字符串",
            "staffNo    | 123456789012345678901 | 工号 staffNo 须为 1–20 个字符的字符串",
            "comment    | <number>          | 意见 comment 必须是字符串",
            "comment    | <501>             | 意见 comment 最多 500 个字",
            "ratedAt    | yesterday         | 评价时间 ratedAt 须为 ISO-8601 格式",
            "ratedAt    | 2026-11-26T10:06  | 评价时间 ratedAt 不能晚于当前时间",
            "ratedAt    | 2026-10-26T09:59  | 评价时间 ratedAt 不能早于 30 天前",
            "colour     | red               | 不支持的字段“colour”"})
    void every_bad_field_gets_its_own_chinese_message(String field, String value, String message) {
        Map<String, Object> m = good();
        switch (value) {
            case "<absent>" -> m.remove(field);
            case "<number>" -> m.put(field, new BigDecimal("7"));
            case "<501>" -> m.put(field, "差".repeat(501));
            default -> m.put(field, value.startsWith("<number:") ? new BigDecimal(value.substring(8, value.length() - 1)) : value);
        }
        RatingRequestRules.Parsed p = RatingRequestRules.parse(m, NOW);
        assertNull(p.request());
        assertEquals(1, p.errors().size(), p.errors().toString());
        assertEquals(field, p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().startsWith(message), p.errors().get(0).message());
    }

    @Test
    void all_bad_fields_are_reported_at_once() {
        Map<String, Object> m = new HashMap<>();
        m.put("level", "nope");
        m.put("overall", new BigDecimal("9"));
        List<String> fields = RatingRequestRules.parse(m, NOW).errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("clientId", "level", "overall"), fields);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-26T10:04:59, true", "2026-10-27T10:00, true", "2026-11-26T02:00:00+08:00, true", "2026-11-26T10:00:00-08:00, false"})
    void rated_at_within_thirty_days_and_five_minutes_ahead(String ratedAt, boolean ok) {
        Map<String, Object> m = good();
        m.put("ratedAt", ratedAt);
        assertEquals(ok, RatingRequestRules.parse(m, NOW).ok());
    }

    @Test
    void json_null_on_an_optional_field_means_absent() {
        Map<String, Object> m = good();
        m.put("comment", null);
        m.put("overall", null);
        assertTrue(RatingRequestRules.parse(m, NOW).ok());
    }
}
