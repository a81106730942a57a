package cn.fuwukuaiche.base.control;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limiters' counts in a real data grid: two Hazelcast members in this JVM (on 127.0.0.1, TCP/IP join, no
 * multicast), each limiter on its own member, as two nodes of the portal are. The rule is the same as on one node.
 */
class GridCountStoreTest {

    static final int PORT = Integer.getInteger("test.hazelcast.port", 18641);
    static HazelcastInstance a;
    static HazelcastInstance b;

    @BeforeAll
    static void grid() {
        String name = "fwkc-test-" + UUID.randomUUID();
        a = Hazelcast.newHazelcastInstance(config(name, PORT, PORT, PORT + 1));
        b = Hazelcast.newHazelcastInstance(config(name, PORT + 1, PORT, PORT + 1));
        assertEquals(2, a.getCluster().getMembers().size(), "the two members found each other");
    }

    @AfterAll
    static void shutdown() {
        Hazelcast.shutdownAll();
    }

    static Config config(String clusterName, int port, int... members) {
        Config c = new Config();
        c.setClusterName(clusterName);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.wait.seconds.before.join", "0");
        c.setProperty("hazelcast.logging.type", "jdk");
        NetworkConfig n = c.getNetworkConfig();
        n.setPort(port).setPortAutoIncrement(false);
        n.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig j = n.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true);
        for (int m : members) {
            j.getTcpIpConfig().addMember("127.0.0.1:" + m);
        }
        return c;
    }

    static String fresh() {
        return "t-" + UUID.randomUUID();
    }

    static SlidingWindowLimiter limiter(HazelcastInstance h, String map, SlidingWindowLimiterTest.ManualClock clock, int max,
                                        Duration minInterval) {
        IMap<String, long[]> m = h.getMap(map);
        return new SlidingWindowLimiter(Duration.ofHours(1), max, minInterval, clock, new GridCountStore(m, new LocalCountStore(100)));
    }

    /**
     * The objections' table of {@link SlidingWindowLimiterTest}, with the objections alternating between the two
     * nodes: the same answers as one node gives, wait included.
     */
    @ParameterizedTest(name = "{0} objections {1} min apart over two nodes, one more {2} min after: allowed={3}, wait {4} s")
    @CsvSource({
            "4, 1,  0, true,     0",
            "5, 1,  0, false, 3360",
            "5, 1, 55, false,   60",
            "5, 1, 56, true,     0",
            "5, 0,  0, false, 3600",
            "5, 0, 60, true,     0",
            "5, 10, 0, false, 1200",
            "5, 20, 0, true,     0"})
    void five_objections_an_hour_are_five_across_two_nodes(int count, int gapMinutes, int thenMinutes, boolean allowed, long waitSeconds) {
        SlidingWindowLimiterTest.ManualClock clock = new SlidingWindowLimiterTest.ManualClock();
        String map = fresh();
        SlidingWindowLimiter[] nodes = {limiter(a, map, clock, 5, Duration.ZERO), limiter(b, map, clock, 5, Duration.ZERO)};
        SlidingWindowLimiter local = new SlidingWindowLimiter(Duration.ofHours(1), 5, Duration.ZERO, clock, 100);
        int accepted = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                clock.advance(Duration.ofMinutes(gapMinutes));
            }
            Optional<Duration> grid = nodes[i % 2].tryAcquire("10.0.0.7");
            assertEquals(local.tryAcquire("10.0.0.7"), grid, "objection " + (i + 1) + ": as on one node");
            accepted += grid.isEmpty() ? 1 : 0;
        }
        assertEquals(Math.min(count, 5), accepted);
        clock.advance(Duration.ofMinutes(thenMinutes));
        Optional<Duration> wait = nodes[count % 2].tryAcquire("10.0.0.7");
        assertEquals(allowed, wait.isEmpty(), "the next objection, on the other node");
        if (!allowed) {
            assertEquals(waitSeconds, wait.get().getSeconds());
        }
        assertEquals(local.tryAcquire("10.0.0.7"), wait, "the same answer as one node");
    }

    @Test
    void a_pads_minimum_interval_holds_when_the_second_press_reaches_the_other_node() {
        SlidingWindowLimiterTest.ManualClock clock = new SlidingWindowLimiterTest.ManualClock();
        String map = fresh();
        SlidingWindowLimiter n1 = limiter(a, map, clock, 60, Duration.ofSeconds(5));
        SlidingWindowLimiter n2 = limiter(b, map, clock, 60, Duration.ofSeconds(5));
        assertTrue(n1.tryAcquire("pad-7").isEmpty());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.of(Duration.ofSeconds(3)), n2.tryAcquire("pad-7"), "3 s left of the 5");
        clock.advance(Duration.ofSeconds(3));
        assertTrue(n2.tryAcquire("pad-7").isEmpty());
    }

    @Test
    void parallel_callers_on_both_nodes_get_exactly_the_limit() throws Exception {
        SlidingWindowLimiterTest.ManualClock clock = new SlidingWindowLimiterTest.ManualClock();
        String map = fresh();
        SlidingWindowLimiter n1 = limiter(a, map, clock, 20, Duration.ZERO);
        SlidingWindowLimiter n2 = limiter(b, map, clock, 20, Duration.ZERO);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                SlidingWindowLimiter l = t % 2 == 0 ? n1 : n2;
                calls.add(() -> {
                    int ok = 0;
                    for (int i = 0; i < 10; i++) {
                        ok += l.tryAcquire("one-key").isEmpty() ? 1 : 0;
                    }
                    return ok;
                });
            }
            int accepted = 0;
            for (Future<Integer> f : pool.invokeAll(calls)) {
                accepted += f.get();
            }
            assertEquals(20, accepted, "80 attempts on two nodes, 20 allowed");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_entry_expires_a_little_after_its_window_and_an_emptied_key_leaves_the_map() {
        SlidingWindowLimiterTest.ManualClock clock = new SlidingWindowLimiterTest.ManualClock();
        String map = fresh();
        SlidingWindowLimiter n1 = limiter(a, map, clock, 5, Duration.ZERO);
        n1.tryAcquire("addr");
        var view = b.<String, long[]>getMap(map).getEntryView("addr");
        assertEquals(Duration.ofHours(1).plusSeconds(1).toMillis(), view.getTtl(), "kept one window and a second");
        GridCountStore store = new GridCountStore(a.getMap(map), new LocalCountStore(10));
        store.update("addr", Duration.ofHours(1), times -> {
            times.clear();
            return null;
        });
        assertTrue(b.getMap(map).get("addr") == null, "an empty key is deleted, not kept");
    }

    @Test
    void times_survive_the_round_trip_to_the_grid_to_the_nanosecond() {
        ArrayDeque<Instant> times = new ArrayDeque<>(List.of(Instant.parse("2026-12-05T02:00:00.123456789Z"),
                Instant.parse("1969-12-31T23:59:59.5Z")));
        assertEquals(List.copyOf(times), List.copyOf(GridCountStore.decode(GridCountStore.encode(times))));
    }

    /** A counted request is not lost with the node that took it: the map keeps a backup on the other node. */
    @Test
    void counts_survive_the_node_that_took_them() {
        String name = "fwkc-test-" + UUID.randomUUID();
        HazelcastInstance c = Hazelcast.newHazelcastInstance(config(name, PORT + 2, PORT + 2, PORT + 3));
        HazelcastInstance d = Hazelcast.newHazelcastInstance(config(name, PORT + 3, PORT + 2, PORT + 3));
        try {
            SlidingWindowLimiterTest.ManualClock clock = new SlidingWindowLimiterTest.ManualClock();
            SlidingWindowLimiter onC = limiter(c, "objections", clock, 5, Duration.ZERO);
            for (int i = 0; i < 3; i++) {
                assertTrue(onC.tryAcquire("addr-0").isEmpty());
            }
            c.getLifecycleService().terminate(); // as kill -9: no graceful hand-over
            SlidingWindowLimiter onD = limiter(d, "objections", clock, 5, Duration.ZERO);
            assertTrue(onD.tryAcquire("addr-0").isEmpty());
            assertTrue(onD.tryAcquire("addr-0").isEmpty());
            assertTrue(onD.tryAcquire("addr-0").isPresent(), "3 counted on the dead node + 2 here = the limit of 5");
        } finally {
            c.getLifecycleService().terminate();
            d.getLifecycleService().terminate();
        }
    }

    /** A grid that has shut down does not refuse people: the request is counted on this node and logged. */
    @Test
    void a_grid_that_is_gone_falls_back_to_this_nodes_memory() {
        String name = "fwkc-test-" + UUID.randomUUID();
        HazelcastInstance e = Hazelcast.newHazelcastInstance(config(name, PORT + 4, PORT + 4));
        IMap<String, long[]> m = e.getMap("ratings");
        e.getLifecycleService().terminate();
        SlidingWindowLimiterTest.ManualClock clock = new SlidingWindowLimiterTest.ManualClock();
        SlidingWindowLimiter l = new SlidingWindowLimiter(Duration.ofHours(1), 2, Duration.ZERO, clock,
                new GridCountStore(m, new LocalCountStore(10)));
        assertTrue(l.tryAcquire("k").isEmpty());
        assertTrue(l.tryAcquire("k").isEmpty());
        assertTrue(l.tryAcquire("k").isPresent(), "the rule still holds, on this node");
    }
}
