package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.hall.CurrentHall;
import cn.fuwukuaiche.base.hall.HallContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.ClusterGrid;
import cn.fuwukuaiche.evaluation.control.RankingConfirmed;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries the board signal between the nodes of a cluster: a public change committed on this node (a
 * {@link BoardChanged}, a {@link RankingConfirmed}) is published on the grid's topic {@value #TOPIC}; a message from
 * another node fires {@link BoardChanged} here, so this node's {@link BoardCache} is dropped and its screens are told
 * by {@link BoardPush} as for a local change. A change that came from the cluster is not published again (no loop);
 * a node's own messages are ignored. Without a grid ({@code --nocluster}) it does nothing.
 *
 * <p>The message is a plain string ({@code node|epochMillis|source}): Hazelcast carries it without Java
 * serialisation, so no class of the portal crosses the wire.
 */
@ApplicationScoped
public class BoardBridge {

    private static final Logger LOG = Logger.getLogger(BoardBridge.class.getName());

    static final String TOPIC = "fwkc-board-changed";

    @Inject
    CurrentHall hall;

    /** Set while a change received from the cluster is fired here, so this bridge does not send it back. */
    private static final ThreadLocal<Boolean> FROM_CLUSTER = new ThreadLocal<>();

    private final String node = UUID.randomUUID().toString();

    @Inject
    ClusterGrid grid;

    @Inject
    Event<BoardChanged> events;

    @Resource
    ManagedExecutorService executor;

    private volatile ITopic<String> topic;
    private volatile UUID listener;

    /** Created with the application, so a node listens before the first change elsewhere. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // the observer's call creates the bean: @PostConstruct subscribes
    }

    @PostConstruct
    void subscribe() {
        if (grid == null) {
            return;
        }
        grid.hazelcast().ifPresent(h -> {
            ITopic<String> t = h.getTopic(TOPIC);
            listener = t.addMessageListener(this::received);
            topic = t;
            LOG.info("cluster: board changes are shared through topic " + TOPIC);
        });
    }

    @PreDestroy
    void unsubscribe() {
        ITopic<String> t = topic;
        if (t != null && listener != null) {
            try {
                t.removeMessageListener(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "cluster: topic already gone", e);
            }
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged event) {
        if (Boolean.TRUE.equals(FROM_CLUSTER.get())) {
            return;
        }
        publish(event.source(), event.at());
    }

    void rankingConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RankingConfirmed event) {
        publish("evaluation.ranking." + (event.correction() ? "corrected" : "confirmed"), Instant.now());
    }

    private void publish(String source, Instant at) {
        ITopic<String> t = topic;
        if (t == null) {
            return;
        }
        try {
            // the hall whose change it was travels in the source ("hall7/honour.flag"): the other node reads that hall's board
            t.publish(encode(node, at, hall.get().map(h -> "hall" + h + "/").orElse("") + source));
        } catch (RuntimeException e) {
            // the change is committed and shown on this node; the other nodes' screens catch up within the cache's age
            LOG.log(Level.WARNING, "cluster: could not tell the other nodes of " + source, e);
        }
    }

    private void received(Message<String> message) {
        Decoded d = decode(message.getMessageObject());
        if (d == null || node.equals(d.node())) {
            return;
        }
        // off Hazelcast's event thread, on a managed one (the application's context, as for a local change)
        executor.execute(() -> fireFromCluster(d));
    }

    void fireFromCluster(Decoded d) {
        FROM_CLUSTER.set(Boolean.TRUE);
        try {
            LOG.fine(() -> "cluster: board change from another node: " + d.source());
            Matcher m = HALL_SOURCE.matcher(d.source());
            if (m.matches()) {
                HallContext.withForced(Long.parseLong(m.group(1)), () -> {
                    events.fire(new BoardChanged("cluster:" + m.group(2), d.at()));
                    return null;
                });
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cluster: a board change from another node failed here", e);
        } finally {
            FROM_CLUSTER.remove();
        }
    }

    private static final Pattern HALL_SOURCE = Pattern.compile("hall(\\d+)/(.*)");

    record Decoded(String node, Instant at, String source) {
    }

    static String encode(String node, Instant at, String source) {
        return node + "|" + at.toEpochMilli() + "|" + source;
    }

    static Decoded decode(String message) {
        if (message == null) {
            return null;
        }
        String[] parts = message.split("\\|", 3);
        if (parts.length != 3) {
            return null;
        }
        try {
            return new Decoded(parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
