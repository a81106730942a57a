package cn.fuwukuaiche.inbox.ui;

import cn.fuwukuaiche.inbox.control.InboxListeners;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;

import java.io.Serializable;

/**
 * Keeps a part of a page (the bell, the workbench) told of what arrives for its user: registered with
 * {@link InboxListeners} while attached, it runs the part's refresh on its own UI (server push) when a notification
 * arrives, and is dropped on detach.
 */
public final class InboxPush {

    private InboxPush() {
    }

    /** From now on, while {@code part} is attached, {@code refresh} runs on its UI when something arrives for {@code username}. */
    public static void follow(Component part, InboxListeners listeners, String username, SerializableRunnable refresh) {
        Follower f = new Follower(username, refresh);
        part.addAttachListener(e -> {
            f.ui = e.getUI();
            listeners.register(f);
        });
        part.addDetachListener(e -> {
            listeners.unregister(f);
            f.ui = null;
        });
    }

    private static final class Follower implements InboxListeners.Listener, Serializable {

        private final String username;
        private final SerializableRunnable refresh;
        private UI ui;

        Follower(String username, SerializableRunnable refresh) {
            this.username = username;
            this.refresh = refresh;
        }

        @Override
        public String username() {
            return username;
        }

        @Override
        public void arrived() {
            UI u = ui;
            if (u == null) {
                throw new IllegalStateException("detached");
            }
            u.access(refresh::run);
        }
    }
}
