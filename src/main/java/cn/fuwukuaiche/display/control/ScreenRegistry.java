package cn.fuwukuaiche.display.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screens attached right now: one entry per open event stream of a screen page on this server
 * ({@code /api/display/<key>/events}). The push observer tells each that the board changed; a stream registers
 * when it opens and leaves when a send to it fails (the page has gone) or it is closed.
 */
@ApplicationScoped
public class ScreenRegistry {

    /** One attached screen. */
    public interface Client {
        /**
         * Tells the screen the board changed; the stage completes once the event has been handed to its connection
         * (exceptionally if the screen is gone).
         */
        CompletionStage<?> boardChanged();
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
