package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.ClusterGrid;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The board signal between two nodes: a change committed on one is fired as {@link BoardChanged} on the other (whose
 * {@code BoardPush} then drops its cache and tells its screens), once, and never sent back. Two Hazelcast members in
 * this JVM on 127.0.0.1 (TCP/IP, no multicast).
 */
class BoardBridgeTest {

    static final int PORT = Integer.getInteger("test.hazelcast.port", 18641) + 6;

    /** A bridge whose fired events are recorded and, as CDI does, also observed by the bridge itself. */
    static final class Node {
        final BoardBridge bridge = new BoardBridge();
        final LinkedBlockingQueue<BoardChanged> fired = new LinkedBlockingQueue<>();
        final List<String> sentToCluster = new CopyOnWriteArrayList<>();

        @SuppressWarnings("unchecked")
        Node(HazelcastInstance h) {
            bridge.grid = ClusterGrid.of(h);
            bridge.hall = BoardPushTest.hall(1); // the change's hall travels with it (issue 23)
            bridge.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                        if (method.getName().equals("execute")) {
                            ((Runnable) args[0]).run();
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            bridge.events = (Event<BoardChanged>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Event.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("fire")) {
                            BoardChanged e = (BoardChanged) args[0];
                            fired.add(e);
                            bridge.changed(e); // the bridge observes BoardChanged too: it must not send this one back
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            bridge.subscribe();
            h.<String>getTopic(BoardBridge.TOPIC).addMessageListener(m -> sentToCluster.add(m.getMessageObject()));
        }
    }

    static Config config(String name, int port) {
        Config c = new Config();
        c.setClusterName(name);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.wait.seconds.before.join", "0");
        c.setProperty("hazelcast.logging.type", "jdk");
        c.getNetworkConfig().setPort(port).setPortAutoIncrement(false).getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig j = c.getNetworkConfig().getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + PORT).addMember("127.0.0.1:" + (PORT + 1));
        return c;
    }

    @Test
    void a_change_on_one_node_is_fired_once_on_the_other_and_not_sent_back() throws Exception {
        String name = "fwkc-bridge-" + UUID.randomUUID();
        HazelcastInstance a = Hazelcast.newHazelcastInstance(config(name, PORT));
        HazelcastInstance b = Hazelcast.newHazelcastInstance(config(name, PORT + 1));
        try {
            Node one = new Node(a);
            Node two = new Node(b);
            Instant at = Instant.parse("2026-12-07T01:00:00Z");

            one.bridge.changed(new BoardChanged("honour.flag.awarded", at)); // committed on node one

            BoardChanged arrived = two.fired.poll(10, TimeUnit.SECONDS);
            assertNotNull(arrived, "node two fired the change");
            assertEquals("cluster:honour.flag.awarded", arrived.source());
            assertEquals(at, arrived.at());
            assertNull(one.fired.poll(500, TimeUnit.MILLISECONDS), "node one does not get its own change back");
            assertNull(two.fired.poll(100, TimeUnit.MILLISECONDS), "fired once");
            assertEquals(1, one.sentToCluster.size(), "one message in all: node two did not publish it again " + one.sentToCluster);
        } finally {
            a.getLifecycleService().terminate();
            b.getLifecycleService().terminate();
        }
    }

    @Test
    void messages_round_trip_and_garbage_is_ignored() {
        Instant at = Instant.ofEpochMilli(1_796_000_000_123L);
        BoardBridge.Decoded d = BoardBridge.decode(BoardBridge.encode("n1", at, "display.screen.updated|x"));
        assertEquals(new BoardBridge.Decoded("n1", at, "display.screen.updated|x"), d);
        assertNull(BoardBridge.decode("nonsense"));
        assertNull(BoardBridge.decode("n|notanumber|s"));
        assertNull(BoardBridge.decode(null));
    }
}
