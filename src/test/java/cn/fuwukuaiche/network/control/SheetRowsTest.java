package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import reads what the export writes, and says in which row something is wrong. */
class SheetRowsTest {

    private static byte[] sheet(List<String> headers, List<List<Object>> rows) {
        List<ExcelExport.Column<List<Object>>> cols = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int c = i;
            cols.add(new ExcelExport.Column<>(headers.get(i), r -> r.get(c)));
        }
        return ExcelExport.toBytes("表", cols, rows);
    }

    @Test
    void rows_come_back_by_header_with_excel_row_numbers_and_blank_rows_skipped() {
        byte[] xlsx = sheet(List.of("编码", "名称", "法定时限", "生效日期"), List.of(
                List.of("GG-001", "社保卡申领", 20, "2026-01-05"),
                List.of("", "", "", ""),
                List.of("GG-002", "医保报销", "15", 46027)));
        List<SheetRows.SheetRow> rows = SheetRows.read(new ByteArrayInputStream(xlsx), List.of("编码", "名称"));
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).rowNumber());
        assertEquals(4, rows.get(1).rowNumber());
        assertEquals("社保卡申领", rows.get(0).get("名称"));
        assertEquals(20, rows.get(0).integer("法定时限"));
        assertEquals(15, rows.get(1).integer("法定时限"));
        assertEquals(LocalDate.of(2026, 1, 5), rows.get(0).date("生效日期"));
        assertEquals(LocalDate.of(2026, 1, 5), rows.get(1).date("生效日期"), "an Excel date number");
        assertNull(rows.get(0).date("不存在的列"));
    }

    @Test
    void a_missing_column_a_bad_number_and_a_bad_date_are_refused_in_words() {
        byte[] xlsx = sheet(List.of("编码", "法定时限", "生效日期"), List.of(List.of("X", "二十", "明年")));
        BusinessException missing = assertThrows(BusinessException.class,
                () -> SheetRows.read(new ByteArrayInputStream(xlsx), List.of("编码", "名称")));
        assertEquals("表格缺少列：名称（请使用导出的表格作为模板）", missing.getMessage());
        SheetRows.SheetRow row = SheetRows.read(new ByteArrayInputStream(xlsx), List.of("编码")).get(0);
        assertEquals("第 2 行：「法定时限」须为整数，现为“二十”", assertThrows(BusinessException.class, () -> row.integer("法定时限")).getMessage());
        assertTrue(assertThrows(BusinessException.class, () -> row.date("生效日期")).getMessage().startsWith("第 2 行：「生效日期」须为日期"));
    }

    @Test
    void something_that_is_not_an_xlsx_file_is_refused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> SheetRows.read(new ByteArrayInputStream("编码,名称\n".getBytes()), List.of("编码")));
        assertEquals("无法读取该文件，请上传 .xlsx 格式的 Excel 表格", e.getMessage());
    }
}
