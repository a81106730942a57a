package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.XlsxGuard;
import cn.fuwukuaiche.base.export.ExcelExport;

import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Excel in and out for imports, in plain Java: the downloadable template (a header row, one example row, a
 * second sheet "填写说明" listing the allowed values) and the reading of an uploaded sheet into rows.
 */
public final class RosterSheets {

    /** A hard limit so nobody uploads a whole database by mistake. */
    public static final int MAX_ROWS = 5000;

    private RosterSheets() {
    }

    /** The template; {@code help} maps a heading to its allowed values (units, windows, branches …). */
    public static byte[] template(ImportKind kind, List<String> example, Map<String, List<String>> help) {
        return ExcelExport.toBytes(kind.label(), (wb, ws) -> {
            List<String> headers = kind.headers();
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().fillColor(headers.get(c).endsWith("*") ? "F2DEDE" : "EEEEEE").set();
                ws.width(c, 18);
                // text cells, so phone and ID numbers keep their digits
                ws.range(1, c, 2000, c).style().format("@").set();
            }
            for (int c = 0; c < example.size(); c++) {
                ws.value(1, c, example.get(c));
            }
            ws.freezePane(0, 1);
            Worksheet info = wb.newWorksheet("填写说明");
            info.value(0, 0, "说明");
            info.style(0, 0).bold().set();
            info.value(1, 0, "第一行是表头，请勿修改；带 * 的列必填；第二行是示例，导入前请删除或改写。");
            info.value(2, 0, "导入时先预览并逐行检查，有任何一行有误则一行也不导入。");
            int col = 0;
            for (Map.Entry<String, List<String>> e : help.entrySet()) {
                info.value(4, col, e.getKey());
                info.style(4, col).bold().fillColor("EEEEEE").set();
                info.width(col, 26);
                int r = 5;
                for (String v : e.getValue()) {
                    info.value(r++, col, v);
                }
                col++;
            }
        });
    }

    /** A plain sheet with these headers and rows (tests and generated files use it). */
    public static byte[] sheet(ImportKind kind, List<List<String>> rows) {
        return ExcelExport.toBytes(kind.label(), (wb, ws) -> {
            List<String> headers = kind.headers();
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) != null) {
                        ws.value(r + 1, c, row.get(c));
                    }
                }
            }
        });
    }

    /**
     * Reads the first sheet: the header row must hold the kind's headers (the * may be left out, order is
     * free); empty rows are skipped. File-level problems (not an .xlsx, wrong headers, too many rows) go to
     * {@code fileProblems}.
     */
    public static ImportPreview read(ImportKind kind, byte[] xlsx) {
        List<String> fileProblems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        if (xlsx == null || xlsx.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(xlsx)) {
            fileProblems.add("文件不是 Excel（.xlsx）格式，请用下载的模板填写后上传");
            return new ImportPreview(kind, rows, fileProblems);
        }
        Optional<String> unsafe = XlsxGuard.problem(xlsx);
        if (unsafe.isPresent()) {
            fileProblems.add(unsafe.get());
            return new ImportPreview(kind, rows, fileProblems);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getFirstSheet();
            Map<Integer, String> columns = null;
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (columns == null) {
                        columns = headerColumns(kind, row, fileProblems);
                        if (!fileProblems.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    boolean any = false;
                    for (Map.Entry<Integer, String> c : columns.entrySet()) {
                        String v = text(row, c.getKey());
                        if (v != null && v.length() > XlsxGuard.MAX_CELL_CHARS) {
                            fileProblems.add("第 " + row.getRowNum() + " 行“" + c.getValue() + "”超过 " + XlsxGuard.MAX_CELL_CHARS + " 个字");
                            v = v.substring(0, 20);
                        }
                        values.put(c.getValue(), v);
                        any |= v != null;
                    }
                    if (any) {
                        rows.add(new ImportRow(row.getRowNum(), values));
                        if (rows.size() > MAX_ROWS) {
                            fileProblems.add("一次最多导入 " + MAX_ROWS + " 行，请分批导入");
                            break;
                        }
                    }
                }
            }
            if (columns == null && fileProblems.isEmpty()) {
                fileProblems.add("表格是空的：第一行须为表头");
            } else if (fileProblems.isEmpty() && rows.isEmpty()) {
                fileProblems.add("表格中没有数据行");
            }
        } catch (IOException | RuntimeException e) {
            fileProblems.add("无法读取该 Excel 文件，请用下载的模板填写后上传");
        }
        return new ImportPreview(kind, rows, fileProblems);
    }

    private static Map<Integer, String> headerColumns(ImportKind kind, Row header, List<String> fileProblems) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int c = 0; c < header.getCellCount(); c++) {
            String h = text(header, c);
            if (h != null) {
                found.put(ImportKind.plain(h.strip()), c);
            }
        }
        Map<Integer, String> columns = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String h : kind.headers()) {
            Integer c = found.get(ImportKind.plain(h));
            if (c == null) {
                if (h.endsWith("*")) {
                    missing.add(ImportKind.plain(h));
                }
            } else {
                columns.put(c, ImportKind.plain(h));
            }
        }
        if (!missing.isEmpty()) {
            fileProblems.add("表头缺少必填列：" + String.join("、", missing) + "（请使用“" + kind.label() + "”模板）");
        }
        return columns;
    }

    private static String text(Row row, int c) {
        if (!row.hasCell(c)) {
            return null;
        }
        String t = row.getCellText(c);
        if (t == null) {
            return null;
        }
        t = t.strip();
        // a number typed into a general cell comes back as "3.0"
        if (t.matches("\\d+\\.0+")) {
            t = t.substring(0, t.indexOf('.'));
        }
        return t.isEmpty() ? null : t;
    }
}
