package cn.fuwukuaiche.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open pages that show a user's notifications (the bell, the workbench): each registers while attached and is
 * told, after the notification's transaction committed, that something arrived for its user (it then pushes).
 */
@ApplicationScoped
public class InboxListeners {

    private static final Logger LOG = Logger.getLogger(InboxListeners.class.getName());

    /** One attached page part of one user. */
    public interface Listener {
        String username();

        /** Something arrived for {@link #username()}: refresh and push (on the listener's own UI). */
        void arrived();
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    public void register(Listener l) {
        listeners.add(l);
    }

    public void unregister(Listener l) {
        listeners.remove(l);
    }

    void onArrived(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationArrived e) {
        tell(e.recipient());
    }

    /** Tells every listener of {@code username}; one that fails (a closed page) is dropped. */
    public void tell(String username) {
        for (Listener l : List.copyOf(listeners)) {
            if (l.username().equals(username)) {
                try {
                    l.arrived();
                } catch (RuntimeException ex) {
                    LOG.log(Level.FINE, "通知推送失败，页面已关闭", ex);
                    listeners.remove(l);
                }
            }
        }
    }
}
