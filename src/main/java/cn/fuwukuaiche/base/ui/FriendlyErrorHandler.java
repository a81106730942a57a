package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a user sees when a listener fails: a rule's own Chinese message, "someone else changed it",
 * "not allowed", or a generic message with a reference number that is also in the server log with
 * the stack trace. Never the stack trace itself.
 */
public class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(FriendlyErrorHandler.class.getName());

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(message));
        }
    }

    public static String messageFor(Throwable t) {
        BusinessException be = find(t, BusinessException.class);
        if (be != null) {
            return be.getMessage();
        }
        if (find(t, OptimisticLockException.class) != null
) {
            return Messages.t("error.concurrent");
        }
        if (find(t, EJBAccessException.class) != null || find(t, SecurityException.class) != null) {
            return Messages.t("error.denied");
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "界面错误 " + ref, t);
        return Messages.t("error.generic", ref);
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public static void show(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
