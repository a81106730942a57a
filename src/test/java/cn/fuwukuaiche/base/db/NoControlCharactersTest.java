package cn.fuwukuaiche.base.db;

import cn.fuwukuaiche.base.control.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NoControlCharactersTest {

    static class Base {
        String name;
    }

    static class Person extends Base {
        String comment;
        int age;
    }

    /** field | value with escapes | refused */
    @ParameterizedTest(name = "{0} = {1}: refused {2}")
    @CsvSource(delimiter = '|', value = {
            "name    | 张伟           | false",
            "name    | 张\\0伟        | true",
            "comment | 第一行\\n第二行  | false",
            "comment | 对齐\\t文字     | false",
            "comment | 转义\\e[0m     | true",
    })
    void no_text_field_of_any_entity_holds_a_control_character(String field, String raw, boolean refused) {
        Person p = new Person();
        String v = raw.replace("\\0", "\u0000").replace("\\n", "\n").replace("\\t", "\t").replace("\\e", "\u001b");
        if (field.equals("name")) {
            p.name = v;
        } else {
            p.comment = v;
        }
        NoControlCharacters cut = new NoControlCharacters();
        if (refused) {
            BusinessException e = assertThrows(BusinessException.class, () -> cut.check(p));
            assertEquals(field, e.field());
        } else {
            assertDoesNotThrow(() -> cut.check(p));
        }
    }
}
