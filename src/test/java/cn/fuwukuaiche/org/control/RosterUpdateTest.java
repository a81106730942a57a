package cn.fuwukuaiche.org.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The update import compares only the file's columns, as the import stores values, and names each change old → new. */
class RosterUpdateTest {

    private static final Map<String, Long> UNITS = Map.of("青山县人力资源和社会保障局", 1L, "县人社局", 1L, "青山县市场监督管理局", 2L,
            "县市场监管局", 2L);
    private static final Map<Long, String> UNIT_NAMES = Map.of(1L, "青山县人力资源和社会保障局", 2L, "青山县市场监督管理局");

    private static Map<String, String> current() {
        Map<String, String> m = new HashMap<>();
        m.put("工号", "QS001");
        m.put("姓名", "王芳");
        m.put("性别", "女");
        m.put("政治面貌", "中共党员");
        m.put("所在单位", "青山县人力资源和社会保障局");
        m.put("窗口号", "A01");
        m.put("所属支部", "第一支部");
        m.put("岗位", "综合受理");
        m.put("职责", "社保登记");
        m.put("联系电话", "13800138000");
        m.put("身份证号", "33010219900101123X");
        return m;
    }

    @ParameterizedTest(name = "{0} = [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "岗位|窗口负责人|岗位：综合受理 → 窗口负责人",
            "岗位|综合受理|",
            "岗位| 综合受理 |",
            "岗位|NULL|岗位：综合受理 → （空）",
            "联系电话|138 0013 8000|",
            "联系电话|13900139000|联系电话：13800138000 → 13900139000",
            "窗口号|a01|",
            "窗口号|B02|窗口号：A01 → B02",
            "身份证号|33010219900101123x|",
            "所在单位|县人社局|",
            "所在单位|县市场监管局|所在单位：青山县人力资源和社会保障局 → 青山县市场监督管理局",
            "政治面貌|群众|政治面貌：中共党员 → 群众",
    })
    void one_column_compared_as_stored(String field, String value, String expected) {
        Map<String, String> row = current();
        row.put(field, value);
        List<RosterUpdate.FieldChange> changes = RosterUpdate.changes(current(), row, current().keySet(), UNITS, UNIT_NAMES);
        assertEquals(expected == null ? List.of() : List.of(expected), changes.stream().map(RosterUpdate.FieldChange::describe).toList());
    }

    @ParameterizedTest(name = "columns {0}")
    @CsvSource(delimiter = '|', value = {"工号,姓名,性别,政治面貌,所在单位|0", "工号,姓名,性别,政治面貌,所在单位,岗位|1"})
    void a_column_the_file_lacks_is_left_as_it_is(String columns, int expected) {
        Map<String, String> row = new HashMap<>(current());
        row.put("职责", null);
        row.put("身份证号", null);
        row.put("岗位", "窗口负责人");
        assertEquals(expected, RosterUpdate.changes(current(), row, Set.of(columns.split(",")), UNITS, UNIT_NAMES).size());
    }
}
