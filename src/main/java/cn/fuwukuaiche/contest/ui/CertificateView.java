package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.control.ContestService.Certificate;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** A print-ready 荣誉证书 (A4 landscape) for a contest prize winner; no menu, so it prints alone. */
@Route(value = "contests/certificate/:contestId/:staffId", autoLayout = false)
@RouteAlias(value = "contests/certificate/:contestId/window/:windowId", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class CertificateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContestService contests;

    @Inject
    public CertificateView(ContestService contests) {
        this.contests = contests;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.certificate.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long contestId = Long.parseLong(event.getRouteParameters().get("contestId").orElse("0"));
            java.util.Optional<String> window = event.getRouteParameters().get("windowId");
            Certificate c = window.isPresent() ? contests.teamCertificate(contestId, Long.parseLong(window.get()))
                    : contests.certificate(contestId, Long.parseLong(event.getRouteParameters().get("staffId").orElse("0")));
            Div page = new Div();
            page.setId("certificate");
            page.getStyle().set("width", "277mm").set("height", "186mm").set("margin", "8mm auto").set("box-sizing", "border-box")
                    .set("border", "6mm double #b5121b").set("padding", "14mm 24mm").set("font-family", "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif")
                    .set("text-align", "center").set("color", "#222").set("background", "#fffdf5");
            Div title = new Div(getTranslation("contest.certificate.heading"));
            title.getStyle().set("font-size", "42pt").set("color", "#b5121b").set("letter-spacing", "0.3em").set("margin-bottom", "8mm");
            Paragraph body = new Paragraph(getTranslation(c.team() ? "contest.certificate.toTeam" : "contest.certificate.toPerson", c.staffName(), c.unit()));
            body.getStyle().set("font-size", "20pt").set("text-align", "left");
            Paragraph text = new Paragraph(getTranslation("contest.certificate.body", c.contestTitle()));
            text.getStyle().set("font-size", "20pt").set("text-align", "left").set("text-indent", "2em");
            Div prize = new Div(c.prize());
            prize.setId("certificate-prize");
            prize.getStyle().set("font-size", "36pt").set("font-weight", "bold").set("color", "#b5121b").set("margin", "5mm 0");
            Paragraph tail = new Paragraph(getTranslation("contest.certificate.closing"));
            tail.getStyle().set("font-size", "20pt").set("text-align", "left").set("text-indent", "2em");
            Paragraph sign = new Paragraph(getTranslation("contest.certificate.signature", Times.DATE_CN.format(c.date())));
            sign.getStyle().set("font-size", "16pt").set("text-align", "right").set("white-space", "pre-line").set("margin-top", "6mm");
            page.add(title, body, text, prize, tail, sign);
            Button print = new Button(getTranslation("contest.certificate.print"), e -> getElement().executeJs("window.print()"));
            print.addClassName("no-print");
            print.getStyle().set("margin", "1em");
            add(print, page);
            getElement().executeJs("const s = document.createElement('style'); s.textContent = '@media print { .no-print { display: none } "
                    + "@page { size: A4 landscape; margin: 0 } html, body { margin: 0 !important; padding: 0 !important; min-height: 0 !important } "
                    + "html:has(#certificate), html:has(#certificate) body { height: 200mm !important; max-height: 200mm !important; overflow: hidden !important } "
                    + "#certificate { break-inside: avoid; overflow: hidden } }'; document.head.appendChild(s);");
        } catch (BusinessException | NumberFormatException ex) {
            add(new Paragraph(ex instanceof BusinessException ? ex.getMessage() : getTranslation("contest.certificate.badAddress")));
        }
    }
}
