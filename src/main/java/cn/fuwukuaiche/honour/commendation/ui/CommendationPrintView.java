package cn.fuwukuaiche.honour.commendation.ui;

import cn.fuwukuaiche.base.ui.PrintSheets;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.commendation.control.CommendationService;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.commendation.entity.CommendationStatus;
import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import jakarta.enterprise.context.Dependent;

/** 表彰名单, print-ready (A4 landscape, the contest certificate's style); no menu, so it prints alone. */
@Dependent
@Route(value = "commendation/print/:year", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class CommendationPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommendationService service;

    @Inject
    public CommendationPrintView(CommendationService service) {
        this.service = service;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commendation.list") + " · " + getTranslation("app.brand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            int year = Integer.parseInt(event.getRouteParameters().get("year").orElse("0"));
            CommendationService.Printable p = service.printable(year);
            Div page = PrintSheets.listSheet("commendation-sheet");
            // the title and the intro name what is listed: windows, persons or both
            boolean windows = p.entries().stream().anyMatch(e -> e.getSubjectKind() == SubjectKind.WINDOW);
            boolean persons = p.entries().stream().anyMatch(e -> e.getSubjectKind() == SubjectKind.PERSON);
            String listed = getTranslation(windows && persons ? "commendation.print.listed.both"
                    : windows ? "commendation.print.listed.windows" : "commendation.print.listed.persons");
            Div title = new Div(getTranslation("commendation.print.heading", p.commendation().getYearNo(), listed));
            title.getStyle().set("font-size", "24pt").set("color", "#b5121b").set("text-align", "center").set("font-weight", "bold")
                    .set("margin-bottom", "6mm");
            Paragraph intro = new Paragraph(getTranslation("commendation.print.intro", Times.DATE_CN.format(p.commendation().getStartDate()),
                    Times.DATE_CN.format(p.commendation().getEndDate()),
                    p.commendation().getStatus() == CommendationStatus.APPROVED ? "" : getTranslation("commendation.print.draft"),
                    getTranslation(windows && persons ? "commendation.print.subjects.both"
                            : windows ? "commendation.print.subjects.windows" : "commendation.print.subjects.persons")));
            intro.getStyle().set("font-size", "13pt").set("text-indent", "2em").set("line-height", "1.8");
            page.add(title, intro);
            int section = 0;
            for (SubjectKind kind : List.of(SubjectKind.WINDOW, SubjectKind.PERSON)) {
                List<CommendationEntry> rows = p.entries().stream().filter(e -> e.getSubjectKind() == kind).toList();
                if (rows.isEmpty()) {
                    continue;
                }
                Div head = new Div(getTranslation("commendation.print.section", ++section == 1 ? getTranslation("commendation.print.first")
                        : getTranslation("commendation.print.second"), kind.title(), rows.size()));
                head.getStyle().set("font-size", "15pt").set("font-weight", "bold").set("margin", "4mm 0 2mm");
                page.add(head, table(rows));
            }
            Paragraph sign = new Paragraph(PrintPage.issuedOn(p.commendation()));
            sign.getStyle().set("font-size", "13pt").set("text-align", "right").set("white-space", "pre-line").set("margin-top", "10mm");
            page.add(sign);
            add(PrintPage.printButton(this), page);
            PrintSheets.a4Landscape(this);
        } catch (BusinessException | NumberFormatException ex) {
            add(new Paragraph(ex instanceof BusinessException ? ex.getMessage() : getTranslation("commendation.badParameter")));
        }
    }

    private static Div table(List<CommendationEntry> rows) {
        Element t = new Element("table");
        t.getStyle().set("width", "100%").set("border-collapse", "collapse").set("font-size", "11.5pt");
        Element head = new Element("tr");
        for (String h : List.of(Messages.t("commendation.sortOrder"), Messages.t("commendation.name"), Messages.t("commendation.unit"),
                Messages.t("commendation.mainHonours"))) {
            head.appendChild(cell("th", h));
        }
        t.appendChild(head);
        int i = 0;
        for (CommendationEntry e : rows) {
            Element tr = new Element("tr");
            tr.getStyle().set("break-inside", "avoid");
            tr.appendChild(cell("td", String.valueOf(++i)), cell("td", e.getSubjectName()), cell("td", e.getUnitName()),
                    cell("td", e.getHonours()));
            t.appendChild(tr);
        }
        Div d = new Div();
        d.getElement().appendChild(t);
        return d;
    }

    private static Element cell(String tag, String text) {
        Element c = new Element(tag);
        c.setText(text == null ? "" : text);
        c.getStyle().set("border", "1px solid #999").set("padding", "1.5mm 2.5mm").set("text-align", tag.equals("th") ? "center" : "left")
                .set("vertical-align", "top");
        if (tag.equals("th")) {
            c.getStyle().set("background", "#f6e7e7");
        }
        return c;
    }
}
