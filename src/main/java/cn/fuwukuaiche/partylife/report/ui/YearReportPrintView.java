package cn.fuwukuaiche.partylife.report.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PrintSheets;
import cn.fuwukuaiche.partylife.report.control.YearReportService;
import cn.fuwukuaiche.partylife.report.control.YearReportService.Cell;
import cn.fuwukuaiche.partylife.report.control.YearReportService.PartView;
import cn.fuwukuaiche.partylife.report.control.YearReportService.RollUp;
import cn.fuwukuaiche.partylife.report.control.YearReportSheet;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The general branch's 党建工作统计表 as the paper form: A4 portrait, CJK serif, one table per section, each section
 * starting a new printed page; the same rows as the Excel file ({@link YearReportSheet}).
 */
@Dependent
@Route(value = "party/year-report/print/:year", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class YearReportPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SERIF = "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif";

    private final YearReportService service;

    @Inject
    public YearReportPrintView(YearReportService service) {
        this.service = service;
        setId("yr-print-sheet");
        getStyle().set("width", "190mm").set("margin", "10mm auto").set("font-family", SERIF).set("color", "#111")
                .set("font-size", "11pt");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("yearreport.title") + " · " + getTranslation("app.brand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int year = event.getRouteParameters().getInteger("year").orElse(Times.today().getYear());
        RollUp r = service.rollUp(year);
        removeAll();
        add(PrintSheets.printButton(this, getTranslation("yearreport.printNow")));
        getElement().executeJs("const s = document.createElement('style'); s.textContent = '@media print { .no-print { display: none } "
                + "@page { size: A4 portrait; margin: 12mm } html, body { margin: 0 !important; padding: 0 !important } "
                + "#yr-print-sheet { margin: 0 !important; width: auto !important } "
                + ".yr-section + .yr-section { break-before: page } .yr-section tr { break-inside: avoid } }'; "
                + "document.head.appendChild(s);");
        H1 title = new H1(getTranslation("yearreport.sheetTitle", year));
        title.getStyle().set("text-align", "center").set("font-size", "18pt").set("margin", "0 0 2mm");
        Paragraph sub = new Paragraph(getTranslation("yearreport.sheetSubtitle", r.status(), Times.format(Times.today())));
        sub.getStyle().set("text-align", "center").set("margin", "0 0 4mm");
        add(title, sub);
        // each typed figure's evidence file, as a note under its line: 附件：name（the part that attached it）
        Map<String, List<String>> attachments = new LinkedHashMap<>();
        for (PartView p : r.parts()) {
            for (Cell c : p.cells()) {
                if (c.attachmentName() != null) {
                    attachments.computeIfAbsent(c.item().code(), k -> new ArrayList<>())
                            .add(getTranslation("yearreport.attachment", c.attachmentName()) + "（" + p.branchName() + "）");
                }
            }
        }
        Div section = null;
        Element table = null;
        for (YearReportSheet.Row row : YearReportSheet.rows(r.items(), r.total(), r.lastYear())) {
            switch (row.kind()) {
                case SECTION -> {
                    section = new Div();
                    section.addClassName("yr-section");
                    Element h = new Element("h2");
                    h.setText(row.text());
                    h.getStyle().set("font-size", "13pt").set("margin", "4mm 0 2mm");
                    section.getElement().appendChild(h);
                    table = new Element("table");
                    table.getStyle().set("border-collapse", "collapse").set("width", "100%");
                    Element head = new Element("tr");
                    for (int c = 0; c < YearReportSheet.HEADERS.length; c++) {
                        head.appendChild(cell("th", YearReportSheet.HEADERS[c], c == 0 ? "left" : "center"));
                    }
                    table.appendChild(head);
                    section.getElement().appendChild(table);
                    add(section);
                }
                case GROUP -> {
                    Element tr = new Element("tr");
                    Element td = cell("td", row.text(), "left");
                    td.setAttribute("colspan", String.valueOf(YearReportSheet.HEADERS.length));
                    td.getStyle().set("font-weight", "bold").set("background", "#f6f6f6");
                    tr.appendChild(td);
                    table.appendChild(tr);
                }
                case ITEM -> {
                    Element tr = new Element("tr");
                    tr.setAttribute("data-code", row.code());
                    Element label = cell("td", row.text(), "left");
                    label.getStyle().set("padding-left", "6mm");
                    tr.appendChild(label);
                    tr.appendChild(cell("td", row.value(), "right"));
                    tr.appendChild(cell("td", row.unit(), "center"));
                    tr.appendChild(cell("td", row.lastYear(), "right"));
                    tr.appendChild(cell("td", row.change(), "right"));
                    table.appendChild(tr);
                    for (String note : attachments.getOrDefault(row.code(), List.of())) {
                        Element n = new Element("tr");
                        n.getClassList().add("yr-attachment-note");
                        n.setAttribute("data-for", row.code());
                        Element td = cell("td", note, "left");
                        td.setAttribute("colspan", String.valueOf(YearReportSheet.HEADERS.length));
                        td.getStyle().set("padding-left", "10mm").set("font-size", "9.5pt").set("color", "#444");
                        n.appendChild(td);
                        table.appendChild(n);
                    }
                }
            }
        }
        Paragraph sign = new Paragraph(getTranslation("yearreport.signature"));
        sign.getStyle().set("margin-top", "8mm").set("text-align", "right");
        add(sign);
    }

    private static Element cell(String tag, String text, String align) {
        Element e = new Element(tag);
        e.setText(text);
        e.getStyle().set("border", "1px solid #333").set("padding", "1.2mm 2mm").set("text-align", align);
        return e;
    }
}
