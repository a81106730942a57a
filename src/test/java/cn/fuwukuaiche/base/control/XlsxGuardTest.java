package cn.fuwukuaiche.base.control;

import cn.fuwukuaiche.org.control.ImportKind;
import cn.fuwukuaiche.org.control.ImportPreview;
import cn.fuwukuaiche.org.control.RosterSheets;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class XlsxGuardTest {

    /**
     * The shared-string bomb: a small .xlsx (a few hundred KB) whose sharedStrings.xml holds one string of
     * {@code stringBytes} characters. Written as a stream, so the test itself never holds it in memory.
     */
    public static byte[] sharedStringBomb(long stringBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            for (long written = 0; written < stringBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void the_shared_string_bomb_is_refused_before_any_reader_opens_it() throws Exception {
        byte[] bomb = sharedStringBomb(300L * 1024 * 1024); // 300 MB of string in a few hundred KB of file
        assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb is small: " + bomb.length);
        ImportPreview preview = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RosterSheets.read(ImportKind.STAFF, bomb));
        assertEquals(List.of(XlsxGuard.MSG_BOMB), preview.fileProblems());
        assertTrue(preview.rows().isEmpty());
        BusinessException e = assertThrows(BusinessException.class, () -> XlsxGuard.checked(new ByteArrayInputStream(bomb)));
        assertEquals(XlsxGuard.MSG_BOMB, e.getMessage());
    }

    @Test
    void a_real_template_passes_and_oversized_or_foreign_files_are_refused() {
        byte[] sheet = RosterSheets.sheet(ImportKind.STAFF, List.of(List.of("QS9001", "张三")));
        assertTrue(XlsxGuard.problem(sheet).isEmpty());
        assertEquals(XlsxGuard.MSG_TOO_BIG, XlsxGuard.problem(new byte[XlsxGuard.MAX_FILE_BYTES + 1]).orElseThrow());
        assertEquals(XlsxGuard.MSG_NOT_XLSX, XlsxGuard.problem("姓名,工号".getBytes(StandardCharsets.UTF_8)).orElseThrow());
        assertThrows(BusinessException.class, () -> XlsxGuard.checked(new ByteArrayInputStream(new byte[XlsxGuard.MAX_FILE_BYTES + 10])));
    }
}
