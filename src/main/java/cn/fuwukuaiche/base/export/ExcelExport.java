package cn.fuwukuaiche.base.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Every list exports to Excel the same way: a bold header row, then the rows as shown on screen
 * (filters applied), with fastexcel streaming so a large list never sits twice in memory.
 */
public final class ExcelExport {

    private ExcelExport() {
    }

    public record Column<T>(String header, Function<T, ?> value) {
    }

    public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        write(out, sheetName, (wb, ws) -> {
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c).header());
                ws.style(0, c).bold().fillColor("F2DEDE").set();
                ws.width(c, 18);
            }
            int r = 1;
            for (T row : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(row);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, String.valueOf(v));
                    }
                }
                r++;
            }
            ws.freezePane(0, 1);
        });
    }

    /** What a file writes into its workbook, starting on the first sheet (further sheets from {@code wb}). */
    @FunctionalInterface
    public interface Sheets {
        void write(Workbook wb, Worksheet first) throws IOException;
    }

    /** Every workbook the application writes (author 服务快车, streamed by fastexcel), its first sheet {@code sheetName}. */
    public static void write(OutputStream out, String sheetName, Sheets sheets) {
        try {
            Workbook wb = new Workbook(out, "服务快车", "1.0");
            sheets.write(wb, wb.newWorksheet(sheetName));
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #write(OutputStream, String, Sheets)} into bytes. */
    public static byte[] toBytes(String sheetName, Sheets sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, sheetName, sheets);
        return out.toByteArray();
    }

    public static <T> byte[] toBytes(String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, sheetName, columns, rows);
        return out.toByteArray();
    }
}
