package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.ui.PrintSheets;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.control.ContestResultService;
import cn.fuwukuaiche.contest.control.ContestResultService.Certificate;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

/** A print-ready 荣誉证书 (A4 landscape) for a contest prize winner; no menu, so it prints alone. */
@Dependent
@Route(value = "contests/certificate/:contestId/:staffId", autoLayout = false)
@RouteAlias(value = "contests/certificate/:contestId/window/:windowId", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class CertificateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContestResultService contests;

    @Inject
    public CertificateView(ContestResultService contests) {
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
            add(PrintSheets.printButton(this, getTranslation("contest.certificate.print")), PrintSheets.certificate(
                    getTranslation("contest.certificate.heading"),
                    getTranslation(c.team() ? "contest.certificate.toTeam" : "contest.certificate.toPerson", c.staffName(), c.unit()),
                    getTranslation("contest.certificate.body", c.contestTitle()), "certificate-prize", c.prize(),
                    getTranslation("contest.certificate.closing"),
                    getTranslation("contest.certificate.signature", Times.DATE_CN.format(c.date()))));
            PrintSheets.a4Landscape(this);
        } catch (BusinessException | NumberFormatException ex) {
            add(new Paragraph(ex instanceof BusinessException ? ex.getMessage() : getTranslation("contest.certificate.badAddress")));
        }
    }
}
