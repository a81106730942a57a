package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wires every UI: route access is checked by Vaadin's {@link NavigationAccessControl} from the
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed} annotations on each route and
 * layout (anonymous callers are sent to the login view); the UI speaks Chinese; errors in listeners
 * become a Chinese notification instead of a stack trace.
 */
@ApplicationScoped
public class UiSetup {

    void onServiceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            ui.setLocale(Messages.CHINESE);
            ui.addBeforeEnterListener(accessControl);
        });
        event.getSource().addSessionInitListener(sessionEvent -> {
            sessionEvent.getSession().setLocale(Messages.CHINESE);
            sessionEvent.getSession().setErrorHandler(new FriendlyErrorHandler());
        });
    }
}
