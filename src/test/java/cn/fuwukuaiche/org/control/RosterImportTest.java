package cn.fuwukuaiche.org.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roster is read from a real .xlsx and checked row by row, without a database. */
class RosterImportTest {

    static final RosterValidator.Reference REF = new RosterValidator.Reference(
            Map.of("县公安局", 1L, "公安", 1L, "县税务局", 2L),
            Map.of("A05", new RosterValidator.WindowRef(10L, 1L), "C05", new RosterValidator.WindowRef(20L, 2L)),
            Map.of("第一联合党支部", 100L, "第二联合党支部", 200L),
            Map.of("1", 1000L, "1楼", 1000L),
            Map.of(RosterValidator.Reference.zoneKey(1000L, "A"), 5000L),
            Set.of("QS0001"), Set.of("县公安局", "县税务局"));

    static List<String> row(String no, String name, String gender, String status, String unit, String window, String branch,
                            String phone) {
        List<String> r = new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", "", ""));
        r.set(0, no);
        r.set(1, name);
        r.set(2, gender);
        r.set(3, status);
        r.set(4, unit);
        r.set(5, window);
        r.set(6, branch);
        r.set(7, "受理员");
        r.set(9, phone);
        return r;
    }

    ImportPreview check(ImportKind kind, List<List<String>> rows) {
        return RosterValidator.validate(RosterSheets.read(kind, RosterSheets.sheet(kind, rows)), REF);
    }

    @Test
    void a_good_roster_is_importable() {
        ImportPreview p = check(ImportKind.STAFF, List.of(
                row("T001", "刘明", "男", "中共党员", "县公安局", "A05", "第一联合党支部", "13812345678"),
                row("T002", "王芳", "女", "群众", "公安", "", "", "0731-84567890"),
                row("T003", "陈静", "女", "预备党员", "县税务局", "c05", "第二联合党支部", "")));
        assertTrue(p.importable(), p.badRows().toString());
        assertEquals(3, p.rows().size());
        assertEquals(2, p.rows().get(0).rowNo(), "rows are numbered as Excel shows them, the header is row 1");
    }

    @Test
    void every_bad_row_is_named_with_its_reason_and_nothing_is_importable() {
        ImportPreview p = check(ImportKind.STAFF, List.of(
                row("T001", "刘明", "男", "中共党员", "县公安局", "A05", "第一联合党支部", "13812345678"),
                row("T002", "王芳", "F", "群众", "县档案馆", "", "", ""),
                row("QS0001", "陈静", "女", "中共党员", "县税务局", "", "", "12345"),
                row("T001", "赵强", "男", "共青团员", "县公安局", "C05", "第一联合党支部", "")));
        assertFalse(p.importable());
        assertEquals(List.of(3, 4, 5), p.badRows().stream().map(ImportRow::rowNo).toList());
        String r3 = p.badRows().get(0).describe();
        assertTrue(r3.startsWith("第 3 行："), r3);
        assertTrue(r3.contains("单位“县档案馆”不存在"), r3);
        assertTrue(r3.contains("性别“F”无效"), r3);
        String r4 = p.badRows().get(1).describe();
        assertTrue(r4.contains("工号“QS0001”已存在"), r4);
        assertTrue(r4.contains(OrgRules.MSG_MEMBER_NEEDS_BRANCH), r4);
        assertTrue(r4.contains("电话格式不正确"), r4);
        String r5 = p.badRows().get(2).describe();
        assertTrue(r5.contains("与第 2 行重复"), r5);
        assertTrue(r5.contains(OrgRules.MSG_WINDOW_OTHER_UNIT), r5);
        assertTrue(r5.contains(OrgRules.MSG_NON_MEMBER_NO_BRANCH), r5);
        assertTrue(p.summary().contains("3 行有误"), p.summary());
    }

    @Test
    void a_thousand_rows_are_read_and_checked_as_one_preview() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            rows.add(row(String.format("BULK%04d", i), "测试" + (char) ('甲' + i % 10) + "员", i % 2 == 0 ? "女" : "男",
                    i % 3 == 0 ? "中共党员" : "群众", "县公安局", "A05", i % 3 == 0 ? "第一联合党支部" : "",
                    "139" + String.format("%08d", i)));
        }
        // how fast is for a benchmark, not a timed test that fails on a loaded machine (it took 9 s under load 35)
        ImportPreview p = check(ImportKind.STAFF, rows);
        assertTrue(p.importable(), p.badRows().stream().limit(3).map(ImportRow::describe).toList().toString());
        assertEquals(1000, p.rows().size());
    }

    @Test
    void a_file_that_is_not_excel_or_has_wrong_headers_is_refused_as_a_whole() {
        ImportPreview notExcel = RosterSheets.read(ImportKind.STAFF, "工号,姓名\n".getBytes());
        assertFalse(notExcel.importable());
        assertTrue(notExcel.summary().contains(".xlsx"), notExcel.summary());

        ImportPreview wrongKind = RosterSheets.read(ImportKind.STAFF, RosterSheets.sheet(ImportKind.UNIT, List.of(List.of("县档案馆"))));
        assertFalse(wrongKind.importable());
        assertTrue(wrongKind.summary().contains("表头缺少必填列：工号、姓名、性别、政治面貌、所在单位"), wrongKind.summary());
    }

    @Test
    void windows_and_units_import_the_same_way() {
        ImportPreview w = check(ImportKind.WINDOW, List.of(
                List.of("A30", "综合窗口", "县公安局", "1", "A", "户籍咨询"),
                List.of("A05", "重复窗口", "县公安局", "1", "", ""),
                List.of("Z-1", "", "县档案馆", "9", "", "")));
        assertEquals(List.of(3, 4), w.badRows().stream().map(ImportRow::rowNo).toList());
        assertTrue(w.badRows().get(0).describe().contains("窗口号“A05”已存在"));
        String r4 = w.badRows().get(1).describe();
        assertTrue(r4.contains(OrgRules.MSG_WINDOW_NO) && r4.contains("请填写窗口名称") && r4.contains("单位“县档案馆”不存在")
                && r4.contains("楼层“9”不存在"), r4);

        ImportPreview u = check(ImportKind.UNIT, List.of(List.of("县档案馆", "档案", "第一联合党支部", "20"),
                List.of("县公安局", "", "第九支部", "x")));
        assertEquals(List.of(3), u.badRows().stream().map(ImportRow::rowNo).toList());
        assertTrue(u.badRows().get(0).describe().contains("单位“县公安局”已存在"));
        assertTrue(u.badRows().get(0).describe().contains("支部“第九支部”不存在"));
    }

    @Test
    void the_template_has_the_headers_and_reads_back_as_one_example_row() {
        byte[] t = RosterSheets.template(ImportKind.STAFF, List.of("QS9001", "李明", "男", "中共党员", "县公安局", "A05", "第一联合党支部",
                "受理员", "", "13812345678", ""), Map.of("性别", List.of("男", "女")));
        ImportPreview p = RosterValidator.validate(RosterSheets.read(ImportKind.STAFF, t), REF);
        assertEquals(1, p.rows().size());
        assertTrue(p.importable(), p.badRows().toString());
    }
}
