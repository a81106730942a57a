package cn.fuwukuaiche.audit.control;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangesTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void lists_only_the_fields_that_changed_in_display_order() {
        var before = map("姓名", "张伟", "窗口", "A12", "启用", true);
        var after = map("姓名", "张伟", "窗口", "B03", "启用", false);
        assertEquals(List.of("窗口：A12 → B03", "启用：是 → 否"), Changes.diff(before, after));
    }

    @Test
    void empty_and_null_read_as_empty_and_are_not_a_change() {
        assertEquals(List.of(), Changes.diff(map("电话", ""), map("电话", null)));
        assertEquals(List.of("电话：（空） → 13800000000"), Changes.diff(map("电话", null), map("电话", "13800000000")));
    }

    @Test
    void a_new_record_describes_every_field() {
        assertEquals(List.of("姓名：李娜", "党员：是"), Changes.describe(map("姓名", "李娜", "党员", true)));
    }
}
