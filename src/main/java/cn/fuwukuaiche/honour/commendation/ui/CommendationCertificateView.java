package cn.fuwukuaiche.honour.commendation.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.commendation.control.CommendationService;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** 奖状 for one person or window of a 七一 list (A4 landscape, the same style as the contest's 荣誉证书). */
@Route(value = "commendation/certificate/:entryId", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class CommendationCertificateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommendationService service;

    @Inject
    public CommendationCertificateView(CommendationService service) {
        this.service = service;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commendation.certificate") + " · " + getTranslation("app.brand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("entryId").orElse("0"));
            CommendationService.Printable p = service.certificate(id);
            CommendationEntry e = p.entries().get(0);
            Div page = new Div();
            page.setId("certificate");
            page.getStyle().set("width", "277mm").set("height", "190mm").set("margin", "10mm auto").set("box-sizing", "border-box")
                    .set("border", "6mm double #b5121b").set("padding", "18mm 24mm").set("font-family", "'Noto Serif CJK SC', serif")
                    .set("text-align", "center").set("color", "#222").set("background", "#fffdf5");
            Div title = new Div(getTranslation("commendation.certificate.heading"));
            title.getStyle().set("font-size", "48pt").set("color", "#b5121b").set("letter-spacing", "0.4em").set("margin-bottom", "12mm");
            String who = e.getSubjectKind() == SubjectKind.PERSON ? getTranslation("commendation.certificate.person", e.getSubjectName(),
                    e.getUnitName()) : getTranslation("commendation.certificate.window", e.getSubjectName(), e.getUnitName());
            Paragraph body = new Paragraph(who);
            body.getStyle().set("font-size", "20pt").set("text-align", "left");
            Paragraph text = new Paragraph(getTranslation("commendation.certificate.text", p.commendation().getYearNo()));
            text.getStyle().set("font-size", "20pt").set("text-align", "left").set("text-indent", "2em");
            Div honour = new Div(getTranslation("commendation.certificate.honour", p.commendation().getYearNo(), e.getTitle()));
            honour.setId("certificate-title");
            honour.getStyle().set("font-size", "34pt").set("font-weight", "bold").set("color", "#b5121b").set("margin", "8mm 0");
            Paragraph tail = new Paragraph(getTranslation("commendation.certificate.tail"));
            tail.getStyle().set("font-size", "20pt").set("text-align", "left").set("text-indent", "2em");
            Paragraph sign = new Paragraph(PrintPage.ISSUER + "\n" + Times.DATE_CN.format(p.commendation().getApprovedAt() == null
                    ? Times.today() : p.commendation().getApprovedAt().toLocalDate()));
            sign.getStyle().set("font-size", "16pt").set("text-align", "right").set("white-space", "pre-line").set("margin-top", "10mm");
            page.add(title, body, text, honour, tail, sign);
            add(PrintPage.printButton(this), page);
            PrintPage.a4Landscape(this);
        } catch (BusinessException | NumberFormatException ex) {
            add(new Paragraph(ex instanceof BusinessException ? ex.getMessage() : getTranslation("commendation.badParameter")));
        }
    }
}
