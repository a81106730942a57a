package cn.fuwukuaiche.display.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * No error dialog on a screen: for requests coming from a screen page ({@code /screen/...}, recognised by
 * the page address the browser sends as Referer), a session-expired or internal-error answer reloads the
 * page silently instead of showing a notification. Every other page keeps Vaadin's defaults (the session
 * expiry is silent there too; an internal error shows its notice).
 */
@ApplicationScoped
public class ScreenUiSetup {

    private static final CustomizedSystemMessages SCREEN = screenMessages();
    private static final CustomizedSystemMessages DEFAULT = new CustomizedSystemMessages();

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(ScreenUiSetup::messages);
    }

    static SystemMessages messages(SystemMessagesInfo info) {
        return fromScreen(info.getRequest()) ? SCREEN : DEFAULT;
    }

    static boolean fromScreen(VaadinRequest request) {
        if (request == null) {
            return false;
        }
        String referer = request.getHeader("Referer");
        String path = request.getPathInfo();
        String location = request.getParameter("location");
        return contains(referer) || (path != null && path.startsWith("/screen/")) || (location != null && location.startsWith("screen/"));
    }

    private static boolean contains(String url) {
        return url != null && url.contains("/screen/");
    }

    private static CustomizedSystemMessages screenMessages() {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredNotificationEnabled(false);
        m.setInternalErrorNotificationEnabled(false);
        m.setCookiesDisabledNotificationEnabled(false);
        return m;
    }
}
