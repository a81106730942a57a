package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PrintSheets;
import cn.fuwukuaiche.base.ui.QrCodes;
import cn.fuwukuaiche.network.control.CaseService;
import cn.fuwukuaiche.network.entity.CaseMaterial;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.CaseStepRecord;
import cn.fuwukuaiche.network.entity.ServiceCase;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.enterprise.context.Dependent;

/**
 * The 代办 回执 the agent prints and hands to the citizen (A5 portrait, one sheet, the shared print style): case
 * number and query code, a QR code of the public lookup address (with the number filled in, never the code), the
 * item, the materials handed in or still owed, the promised date, and the agent's node with its phone. Opened
 * from the case page; the same scope as the case page.
 */
@Dependent
@Route(value = "network/cases/receipt", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
public class CaseReceiptView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    /** Where the public reaches the portal, for the QR code; empty = the address this page was opened at. */
    static final String BASE_URL_KEY = "app.public.base-url";

    private final CaseService cases;

    @Inject
    public CaseReceiptView(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.receipt.pageTitle");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ServiceCase c;
        try {
            c = cases.get(id == null ? -1 : id);
        } catch (BusinessException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        String url = lookupUrl(c.getCaseNumber());
        Div sheet = PrintSheets.receipt();
        Div title = new Div(getTranslation("network.receipt.heading"));
        title.getStyle().set("font-size", "18pt").set("font-weight", "bold").set("text-align", "center").set("letter-spacing", "0.1em");
        Div hall = new Div(getTranslation("app.hall") + " · " + c.getOriginNode().getName());
        hall.getStyle().set("text-align", "center").set("font-size", "10pt").set("margin", "1mm 0 4mm 0");

        Div numbers = new Div();
        numbers.add(big("network.receipt.number", c.getCaseNumber(), "receipt-number"),
                big("network.receipt.code", c.getQueryCode(), "receipt-code"));
        Image qr = new Image(QrCodes.svgDataUrl(url), getTranslation("network.receipt.qrAlt"));
        qr.setId("receipt-qr");
        qr.getElement().setAttribute("data-url", url);
        qr.getStyle().set("width", "36mm").set("height", "36mm").set("image-rendering", "pixelated");
        Div qrBox = new Div(qr, small(getTranslation("network.receipt.scan")));
        qrBox.getStyle().set("text-align", "center").set("width", "40mm").set("flex", "none");
        Div top = new Div(numbers, qrBox);
        top.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "4mm").set("align-items", "center");

        Div facts = new Div();
        facts.setId("receipt-facts");
        facts.getStyle().set("margin-top", "3mm").set("border-top", "1px solid #999").set("padding-top", "2mm");
        facts.add(line("network.receipt.item", c.getItem().getName()),
                line("network.receipt.applicant", c.getApplicantName()),
                line("network.receipt.entrusted", Times.format(c.getEntrustedAt())),
                line("network.receipt.deadline", c.getDeadline() == null
                        ? getTranslation("network.receipt.afterAcceptance", c.getItem().getPromisedDays())
                        : getTranslation("network.receipt.deadlineOn", Times.DATE_CN.format(c.getDeadline()))));
        Div materials = new Div(new Span(getTranslation("network.receipt.materials")));
        materials.setId("receipt-materials");
        materials.getStyle().set("margin", "2mm 0");
        if (c.getMaterials().isEmpty()) {
            materials.add(small(getTranslation("network.case.noMaterials")));
        }
        for (CaseMaterial m : c.getMaterials()) {
            Div row = new Div((m.isProvided() ? "☑ " : "☐ ") + m.getName()
                    + (m.isProvided() ? "" : getTranslation("network.receipt.missing")));
            row.getStyle().set("font-size", "10pt").set("margin-left", "4mm");
            materials.add(row);
        }
        String agent = c.getSteps().stream().filter(s -> s.getStep() == CaseStep.ENTRUST).map(CaseStepRecord::getActorName)
                .findFirst().orElse("—");
        Div contact = new Div();
        contact.setId("receipt-agent");
        contact.getStyle().set("border-top", "1px solid #999").set("padding-top", "2mm");
        contact.add(line("network.receipt.agent", agent),
                line("network.receipt.node", c.getOriginNode().getName()),
                line("network.receipt.phone", blank(c.getOriginNode().getPhone())),
                line("network.receipt.address", blank(c.getOriginNode().getAddress())));
        Paragraph note = new Paragraph(getTranslation("network.receipt.note", url));
        note.getStyle().set("font-size", "9pt").set("color", "#444").set("margin", "3mm 0 0 0");
        Div stamp = new Div(getTranslation("network.receipt.issued", Times.DATE_CN.format(Times.today())));
        stamp.getStyle().set("text-align", "right").set("font-size", "10pt").set("margin-top", "3mm");
        sheet.add(title, hall, top, facts, materials, contact, note, stamp);
        add(PrintSheets.printButton(this, getTranslation("network.receipt.print")), sheet);
        PrintSheets.a5Portrait(this);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private Div big(String key, String value, String id) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("font-size", "10pt").set("display", "block");
        Span v = new Span(value);
        v.setId(id);
        v.getStyle().set("font-size", "17pt").set("font-weight", "bold").set("font-family", "monospace").set("letter-spacing", "0.05em");
        Div d = new Div(label, v);
        d.getStyle().set("margin-bottom", "3mm");
        return d;
    }

    private Div line(String key, String value) {
        Div d = new Div(getTranslation(key) + "：" + value);
        d.getStyle().set("margin", "1mm 0");
        return d;
    }

    private static Div small(String text) {
        Div d = new Div(text);
        d.getStyle().set("font-size", "9pt");
        return d;
    }

    /** The public lookup address with the case number filled in (never the query code). */
    static String lookupUrl(String caseNumber) {
        String base = ConfigProvider.getConfig().getOptionalValue(BASE_URL_KEY, String.class).filter(s -> !s.isBlank())
                .orElseGet(CaseReceiptView::requestBase);
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/lookup?no=" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }

    private static String requestBase() {
        VaadinServletRequest r = VaadinServletRequest.getCurrent();
        if (r == null) {
            return "";
        }
        HttpServletRequest h = r.getHttpServletRequest();
        boolean defaultPort = "http".equals(h.getScheme()) && h.getServerPort() == 80
                || "https".equals(h.getScheme()) && h.getServerPort() == 443;
        return h.getScheme() + "://" + h.getServerName() + (defaultPort ? "" : ":" + h.getServerPort()) + h.getContextPath();
    }
}
