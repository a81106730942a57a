package cn.fuwukuaiche.honour.commendation.ui;

import cn.fuwukuaiche.base.ui.PrintSheets;
import cn.fuwukuaiche.base.control.BusinessException;
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
import jakarta.enterprise.context.Dependent;

/** 奖状 for one person or window of a 七一 list (A4 landscape, the same style as the contest's 荣誉证书). */
@Dependent
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
            String who = e.getSubjectKind() == SubjectKind.PERSON ? getTranslation("commendation.certificate.person", e.getSubjectName(),
                    e.getUnitName()) : getTranslation("commendation.certificate.window", e.getSubjectName(), e.getUnitName());
            add(PrintPage.printButton(this), PrintSheets.certificate(getTranslation("commendation.certificate.heading"), who,
                    getTranslation("commendation.certificate.text", p.commendation().getYearNo()), "certificate-title",
                    getTranslation("commendation.certificate.honour", p.commendation().getYearNo(), e.getTitle()),
                    getTranslation("commendation.certificate.tail"), PrintPage.issuedOn(p.commendation())));
            PrintSheets.a4Landscape(this);
        } catch (BusinessException | NumberFormatException ex) {
            add(new Paragraph(ex instanceof BusinessException ? ex.getMessage() : getTranslation("commendation.badParameter")));
        }
    }
}
