package cn.fuwukuaiche.app.ui;

import cn.fuwukuaiche.base.ui.FriendlyErrorHandler;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wires every UI: route access is checked by Vaadin's {@link NavigationAccessControl} from the
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed} annotations on each route and
 * layout (anonymous callers are sent to the login view); the UI speaks Chinese; errors in listeners
 * become a Chinese notification instead of a stack trace; the connection indicator ("Connection lost, trying to
 * reconnect...") speaks Chinese too.
 */
@ApplicationScoped
public class UiSetup {

    void onServiceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            ui.setLocale(Messages.CHINESE);
            ui.addBeforeEnterListener(UiSetup::forbidden);
            ui.addBeforeEnterListener(accessControl);
            connectionTexts(ui);
        });
        event.getSource().addSessionInitListener(sessionEvent -> {
            sessionEvent.getSession().setLocale(Messages.CHINESE);
            sessionEvent.getSession().setErrorHandler(new FriendlyErrorHandler());
        });
    }

    /**
     * A signed-in user who opens a page his roles may not use sees 无权访问 with the roles that may (Vaadin's own
     * control would say the page does not exist); a caller not signed in is left to the access control, which sends
     * him to the login and, after it, back to the page.
     */
    static void forbidden(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getUserPrincipal() == null) {
            return;
        }
        RolesAllowed allowed = event.getNavigationTarget().getAnnotation(RolesAllowed.class);
        if (allowed == null || Arrays.stream(allowed.value()).anyMatch(request::isUserInRole)) {
            return;
        }
        event.rerouteToError(new ForbiddenException(rolesThatMay(allowed.value())), "");
    }

    /** The Chinese labels of the role names, e.g. "管理员、总支书记/中心领导". */
    static String rolesThatMay(String[] names) {
        return Arrays.stream(names).map(n -> {
            try {
                return Role.valueOf(n).label();
            } catch (IllegalArgumentException e) {
                return n;
            }
        }).collect(Collectors.joining("、"));
    }

    /**
     * Vaadin 24's connection indicator ({@code window.Vaadin.connectionIndicator}, from @vaadin/common-frontend) has
     * English texts and no server-side setting ({@code ReconnectDialogConfiguration}'s texts are deprecated and no
     * longer shown); its {@code onlineText}, {@code offlineText} and {@code reconnectingText} properties are set here
     * from the bundle once the element exists.
     */
    static void connectionTexts(UI ui) {
        ui.getPage().executeJs("""
                const texts = {onlineText: $0, offlineText: $1, reconnectingText: $2};
                const apply = (tries) => {
                  const ci = window.Vaadin && window.Vaadin.connectionIndicator;
                  if (ci) { Object.assign(ci, texts); } else if (tries > 0) { setTimeout(() => apply(tries - 1), 250); }
                };
                apply(40);""", Messages.t("connection.online"), Messages.t("connection.offline"), Messages.t("connection.reconnecting"));
    }
}
