package cn.fuwukuaiche.display.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screens attached right now (one entry per open screen page on this server). The push observer tells
 * each to refresh; a screen registers on attach and leaves on detach.
 */
@ApplicationScoped
public class ScreenRegistry {

    /** One attached screen: refreshes itself on its own UI. */
    public interface Client {
        /** Refreshes the screen and returns once the change has been pushed to it (or throws if it is gone). */
        void boardChanged();
    }

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    public void register(Client c) {
        clients.add(c);
    }

    public void unregister(Client c) {
        clients.remove(c);
    }

    public int size() {
        return clients.size();
    }

    public List<Client> clients() {
        return List.copyOf(clients);
    }
}
