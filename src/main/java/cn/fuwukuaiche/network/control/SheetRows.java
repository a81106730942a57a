package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.XlsxGuard;

import cn.fuwukuaiche.base.control.BusinessException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The first sheet of an uploaded .xlsx as rows of header → text, for the node and item imports: the
 * same columns as the export, in any order. Plain Java over fastexcel's reader.
 */
public final class SheetRows {

    /** A data row with its row number as Excel shows it (the header is row 1). */
    public record SheetRow(int rowNumber, Map<String, String> cells) {
        public String get(String header) {
            String v = cells.get(header);
            return v == null ? "" : v.strip();
        }

        public BusinessException error(String message) {
            return new BusinessException("第 " + rowNumber + " 行：" + message);
        }

        /** A whole number of days; blank is refused, "5.0" reads as 5. */
        public int integer(String header) {
            String v = get(header);
            try {
                return new BigDecimal(v).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw error("「" + header + "」须为整数，现为“" + v + "”");
            }
        }

        /** A date as yyyy-MM-dd, yyyy/M/d or an Excel date number; empty for a blank cell. */
        public LocalDate date(String header) {
            String v = get(header);
            if (v.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter f : List.of(DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"))) {
                try {
                    return LocalDate.parse(v, f);
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
            try {
                double serial = Double.parseDouble(v);
                if (serial > 20000 && serial < 80000) {
                    return LocalDate.of(1899, 12, 30).plusDays((long) serial);
                }
            } catch (NumberFormatException ignored) {
                // fall through
            }
            throw error("「" + header + "」须为日期（如 2026-01-01），现为“" + v + "”");
        }
    }

    private SheetRows() {
    }

    /** Reads every non-empty row below the header; refuses a sheet that lacks a required column. */
    public static List<SheetRow> read(InputStream in, List<String> requiredHeaders) {
        try (ReadableWorkbook wb = new ReadableWorkbook(XlsxGuard.checked(in)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<SheetRow> result = new ArrayList<>();
            Map<Integer, String> headers = null;
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (headers == null) {
                    Map<Integer, String> found = new HashMap<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        String h = text(row, c).strip();
                        if (!h.isEmpty()) {
                            found.put(c, h);
                        }
                    }
                    headers = found;
                    List<String> missing = requiredHeaders.stream().filter(h -> !found.containsValue(h)).toList();
                    if (!missing.isEmpty()) {
                        throw new BusinessException("表格缺少列：" + String.join("、", missing) + "（请使用导出的表格作为模板）");
                    }
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (Map.Entry<Integer, String> h : headers.entrySet()) {
                    String v = text(row, h.getKey());
                    cells.put(h.getValue(), v);
                    empty &= v.isBlank();
                }
                if (!empty) {
                    result.add(new SheetRow(row.getRowNum(), cells));
                }
            }
            if (headers == null) {
                throw new BusinessException("表格是空的");
            }
            return result;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException b) {
                throw b;
            }
            throw new BusinessException("无法读取该文件，请上传 .xlsx 格式的 Excel 表格");
        }
    }

    private static String text(Row row, int c) {
        if (!row.hasCell(c)) {
            return "";
        }
        Cell cell = row.getCell(c);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String t = cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getText();
        return t == null ? "" : t;
    }
}
