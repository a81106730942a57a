package cn.fuwukuaiche.base.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputTest {

    /** value (with \\n, \\t, \\0, \\e written as escapes) | single-line ok | multi-line ok */
    @ParameterizedTest(name = "{0}: single {1}, multi {2}")
    @CsvSource(delimiter = '|', value = {
            "张伟                | true  | true",
            "窗口 A01 综合受理      | true  | true",
            "张\\n伟              | false | true",
            "岗位\\t一            | false | true",
            "张\\r\\n伟           | false | true",
            "张\\0伟              | false | false",
            "评价\\e[31m          | false | false",
            "删除\\u007f          | false | false",
            "分隔\\u2028行         | false | false",
            "'emoji 👍 ok'      | true  | true",
    })
    void control_characters_are_refused_and_line_breaks_only_in_multi_line_fields(String raw, boolean single, boolean multi) {
        String v = unescape(raw);
        assertEquals(single, Input.singleLineProblem(v).isEmpty(), "single-line: " + raw);
        assertEquals(multi, Input.multiLineProblem(v).isEmpty(), "multi-line: " + raw);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "ＡＢＣ１２３     | ABC123",
            "ABC123          | ABC123",
            "' Ａ０１ '        | A01",
            "ＱＳ－００１２     | QS-0012",
            "１２３４５６７８９０１２３４５６７Ｘ | 12345678901234567X",
    })
    void codes_are_nfkc_so_full_and_half_width_are_the_same(String raw, String expected) {
        assertEquals(expected, Input.code(raw));
        assertEquals(Input.search(expected), Input.search(raw), "a search for either finds the other");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "+86 138 0013 8000   | 13800138000",
            "+8613800138000      | 13800138000",
            "0086-138-0013-8000  | 13800138000",
            "86 13800138000      | 13800138000",
            "138-0013-8000       | 13800138000",
            "１３８ ００１３ ８０００ | 13800138000",
            "(0871) 65123456     | 087165123456",
            "0871-65123456       | 0871-65123456",
            "0871－65123456      | 0871-65123456",
            "12345               | 12345",
    })
    void phone_numbers_are_normalised(String raw, String expected) {
        assertEquals(expected, Input.phone(raw));
    }

    @Test
    void blank_is_null_and_search_of_null_is_empty() {
        assertEquals(null, Input.phone("  "));
        assertEquals(null, Input.code(" "));
        assertEquals("", Input.search(null));
        assertEquals("abc", Input.search(" a\u0000bc "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1900-01-01 | false",
            "2019-12-31 | false",
            "2020-01-01 | true",
            "2026-12-06 | true",
            "2031-12-31 | true",
            "2032-01-01 | false",
    })
    void dates_are_checked_for_plausibility(LocalDate date, boolean ok) {
        assertEquals(ok, Input.dateProblem("设岗日期", date, LocalDate.of(2020, 1, 1), LocalDate.of(2031, 12, 31)).isEmpty());
    }

    @Test
    void require_throws_a_business_exception_naming_the_field_and_normalises() {
        BusinessException e = assertThrows(BusinessException.class, () -> Input.requireSingleLine("name", "姓名", "张\n伟"));
        assertEquals("name", e.field());
        assertTrue(e.getMessage().startsWith("姓名不能包含换行"), e.getMessage());
        assertEquals("意见\n第二行", Input.requireMultiLine("comment", "意见", " 意见\r\n第二行 "));
        assertThrows(BusinessException.class, () -> Input.requireMultiLine("comment", "意见", "a\u0000b"));
        assertFalse(Input.hasControl(null, false));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r").replace("\\0", "\u0000").replace("\\e", "\u001b")
                .replace("\\u007f", "\u007f").replace("\\u2028", "\u2028");
    }
}
