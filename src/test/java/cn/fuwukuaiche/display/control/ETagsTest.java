package cn.fuwukuaiche.display.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ETagsTest {

    @Test
    void equal_bodies_equal_tags_and_any_change_a_new_tag() {
        String a = ETags.of("{\"flag\":\"A05\"}");
        assertEquals(a, ETags.of("{\"flag\":\"A05\"}"));
        assertNotEquals(a, ETags.of("{\"flag\":\"A06\"}"));
        assertTrue(a.matches("\"[0-9a-f]{32}\""), a);
        assertNotEquals(ETags.of("流动红旗"), ETags.of("流动紅旗"), "Chinese text is hashed as UTF-8");
    }

    @ParameterizedTest(name = "If-None-Match: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "\"abc\"                | true",
            "W/\"abc\"              | true",
            "\"x\", \"abc\"         | true",
            "*                      | true",
            "\"abd\"                | false",
            "abc                    | true",
            "''                     | false",
    })
    void if_none_match(String header, boolean matches) {
        assertEquals(matches, ETags.matches(header, "\"abc\""));
    }

    @Test
    void no_header_no_match() {
        assertEquals(false, ETags.matches(null, "\"abc\""));
    }
}
