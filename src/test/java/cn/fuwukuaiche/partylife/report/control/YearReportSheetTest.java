package cn.fuwukuaiche.partylife.report.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Excel file prints one A4 portrait page wide and as many pages tall as its rows need. */
class YearReportSheetTest {

    @Test
    void theSheetIsFittedToOnePageWideOnA4Portrait() throws Exception {
        byte[] xlsx = YearReportSheet.excel("2026 年度机关党建工作统计表", "草稿",
                YearReportSheet.rows(TemplateText.standard(), Map.of(), Map.of()));
        String sheet = null;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("year-report", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry("xl/worksheets/sheet1.xml");
                sheet = e == null ? null : new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertNotNull(sheet);
        String setup = sheet.replaceAll("(?s).*(<pageSetup[^>]*>).*", "$1");
        assertTrue(sheet.matches("(?s).*<pageSetUpPr[^>]*fitToPage=\"(1|true)\".*"), "fit to page");
        assertTrue(setup.contains("paperSize=\"9\""), "A4: " + setup);
        assertTrue(setup.contains("orientation=\"portrait\""), setup);
        assertTrue(setup.contains("fitToWidth=\"1\""), "one page wide: " + setup);
        assertTrue(setup.contains("fitToHeight=\"0\""), "as many pages tall as needed: " + setup);
    }
}
