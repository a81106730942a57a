package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.base.export.ExcelExport;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report laid out like the paper form (seed part 5), shared by the print page and the Excel file so both show the
 * same rows: a section line, its groups, each item with its figure and unit, and last year's figure beside it.
 */
public final class YearReportSheet {

    public enum Kind { SECTION, GROUP, ITEM }

    /** One line of the form; for an item {@code code}, {@code value} and {@code lastYear} ("" when blank). */
    public record Row(Kind kind, String text, String code, String unit, String value, String lastYear, String change) {
    }

    public static final String[] HEADERS = {"项目", "数值", "单位", "上年", "增减"};

    private YearReportSheet() {
    }

    public static List<Row> rows(List<ItemDef> items, Map<String, BigDecimal> values, Map<String, BigDecimal> lastYear) {
        List<Row> rows = new ArrayList<>();
        String section = null;
        String group = null;
        for (YearReportRules.Comparison c : YearReportRules.yearOnYear(items, values, lastYear)) {
            ItemDef i = c.item();
            if (!Objects.equals(section, i.section())) {
                section = i.section();
                group = null;
                rows.add(new Row(Kind.SECTION, section, null, "", "", "", ""));
            }
            if (!Objects.equals(group, i.group())) {
                group = i.group();
                rows.add(new Row(Kind.GROUP, group, null, "", "", "", ""));
            }
            String change = c.change() == null ? "" : (c.change().signum() > 0 ? "+" : "") + YearReportRules.format(c.change());
            rows.add(new Row(Kind.ITEM, i.label(), i.code(), i.unit(), YearReportRules.format(c.thisYear()),
                    YearReportRules.format(c.lastYear()), change));
        }
        return rows;
    }

    /**
     * The Excel file: title, who and status, the header, then the rows as on the print page (figures as numbers),
     * A4 portrait fitted to the page width, the header repeated on every printed page.
     */
    public static byte[] excel(String title, String subtitle, List<Row> rows) {
        return ExcelExport.toBytes("党建工作统计表", (wb, ws) -> {
            ws.pageOrientation("portrait");
            ws.paperSize(PaperSize.A4_PAPER);
            // one page wide, as many pages tall as the rows need: fastexcel writes fitToHeight="1" (the whole sheet on
            // one page) unless told 0, which a spreadsheet reads as "automatic"
            ws.fitToWidth((short) 1);
            ws.fitToHeight((short) 0);
            ws.width(0, 46);
            for (int c = 1; c < HEADERS.length; c++) {
                ws.width(c, 11);
            }
            ws.value(0, 0, title);
            ws.range(0, 0, 0, HEADERS.length - 1).merge();
            ws.style(0, 0).bold().fontSize(16).horizontalAlignment("center").set();
            ws.value(1, 0, subtitle);
            ws.range(1, 0, 1, HEADERS.length - 1).merge();
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(2, c, HEADERS[c]);
                ws.style(2, c).bold().fillColor("F2DEDE").borderStyle("thin").horizontalAlignment("center").set();
            }
            ws.repeatRows(2);
            int r = 3;
            for (Row row : rows) {
                switch (row.kind()) {
                    case SECTION -> {
                        ws.value(r, 0, row.text());
                        ws.range(r, 0, r, HEADERS.length - 1).merge();
                        ws.style(r, 0).bold().fontSize(12).fillColor("FBE9E7").set();
                    }
                    case GROUP -> {
                        ws.value(r, 0, "  " + row.text());
                        ws.style(r, 0).bold().set();
                    }
                    case ITEM -> {
                        ws.value(r, 0, "    " + row.text());
                        number(ws, r, 1, row.value());
                        ws.value(r, 2, row.unit());
                        number(ws, r, 3, row.lastYear());
                        number(ws, r, 4, row.change());
                        for (int c = 0; c < HEADERS.length; c++) {
                            ws.style(r, c).borderStyle("thin").set();
                        }
                    }
                }
                r++;
            }
            ws.freezePane(0, 3);
        });
    }

    private static void number(Worksheet ws, int r, int c, String text) {
        if (!text.isEmpty()) {
            ws.value(r, c, new BigDecimal(text));
        }
    }
}
