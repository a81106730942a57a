package cn.fuwukuaiche.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Payara Micro nodes of the same WAR on one MariaDB database, clustered (Hazelcast on 127.0.0.1, TCP/IP member
 * list), behind nginx: started here with the cluster scripts ({@code config/cluster/start.sh}), stopped at the end.
 * Runs only with {@code -Pcluster} (it needs MariaDB, nginx and several minutes):
 * {@code ./mvnw -Pcluster verify -DskipUnitTests=true} (.ci/run does it on a fresh database {@code fwkc_cluster}).
 * The nodes run with {@code app.ratings.min-seconds=0} and {@code app.ratings.max-per-hour=12}, so the pad limit
 * is reached in a dozen requests.
 */
@EnabledIfSystemProperty(named = "it.cluster", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final int RATING_LIMIT = 12;
    static final String PASSWORD = "demo1234";
    static final Path ROOT = Path.of(System.getProperty("user.dir"));
    static final Path RUN_DIR = ROOT.resolve("target/cluster-it");
    static final String HTTP_PORT = System.getProperty("it.cluster.http-port", "18090");
    static final List<String> NODE_PORTS = List.of(System.getProperty("it.cluster.node-ports", "18091 18092").trim().split("\\s+"));
    static final String HZ_PORTS = System.getProperty("it.cluster.hz-ports", "18095 18096");
    static final String DB = System.getProperty("it.cluster.db", "fwkc_cluster");
    static final String NGINX = "http://127.0.0.1:" + HTTP_PORT;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** A name of this run for client ids, so counts in the database are this run's only. */
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    static long startedNanos;
    static long clusterUpMillis;
    static Thread stopHook;

    static String node(int n) {
        return "http://127.0.0.1:" + NODE_PORTS.get(n - 1);
    }

    @BeforeAll
    static void startCluster() throws Exception {
        startedNanos = System.nanoTime();
        Files.createDirectories(RUN_DIR);
        script("stop.sh");   // what a crashed earlier run may have left
        stopHook = new Thread(() -> {
            try {
                script("stop.sh");
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopHook);
        script("start.sh");
        clusterUpMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        System.out.println("ClusterIT: two nodes and nginx up in " + clusterUpMillis + " ms");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            script("stop.sh");
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopHook);
            System.out.println("ClusterIT: whole run " + (System.nanoTime() - startedNanos) / 1_000_000 + " ms (cluster start "
                               + clusterUpMillis + " ms)");
        }
    }

    /** The first node started alone and said so; the second joined its grid, and each node says it has two members. */
    @Test
    @Order(1)
    void the_nodes_form_one_data_grid_and_the_first_said_it_ran_alone() throws Exception {
        String log1 = Files.readString(RUN_DIR.resolve("node1.log"), StandardCharsets.UTF_8);
        assertTrue(log1.contains("cluster: this node runs ALONE"), "node 1 started before node 2 and said it ran alone");
        assertTrue(log1.contains("cluster: node joined"), "node 1 logged node 2 joining");
        for (int n = 1; n <= 2; n++) {
            assertEquals(2, members(n), "node " + n + " sees two members");
        }
        // nginx answers for both, and the nodes bind loopback only (Hazelcast included)
        assertEquals(200, get(NGINX + "/health/ready").statusCode());
    }

    /** (a) A public change made through one node reaches screens attached to either node within 2 s. */
    @Test
    @Order(2)
    void a_change_on_one_node_reaches_screens_on_both_nodes_within_two_seconds() throws Exception {
        try (Sse s1 = new Sse(node(1) + "/api/display/demo-screen-hall/events");
             Sse s2 = new Sse(node(2) + "/api/display/demo-screen-hall/events");
             Browser admin = Browser.ownServers(1440, 900)) {
            s1.awaitHello(1, 30);
            s2.awaitHello(1, 30);
            // as a screen's page does when it opens: it reads the feed of the node it is attached to
            assertEquals(200, get(node(1) + "/api/display/demo-screen-hall").statusCode());
            assertEquals(200, get(node(2) + "/api/display/demo-screen-hall").statusCode());
            signIn(admin, "admin");
            long before1 = s1.boards.get(), before2 = s2.boards.get();
            long millis = renameScreenPlace(admin);
            long start = System.nanoTime() - millis * 1_000_000;
            long t1 = s1.awaitBoard(before1 + 1, start, 2_000);
            long t2 = s2.awaitBoard(before2 + 1, start, 2_000);
            System.out.println("ClusterIT: a screen rename reached the stream on node 1 after " + t1 + " ms and on node 2 after "
                               + t2 + " ms");
            assertTrue(t1 < 2_000 && t2 < 2_000, "both within 2 s: " + t1 + " / " + t2 + " ms");

            // a citizen's rating through node 1 is on node 2's screens as fast (RatingsOnScreens → BoardBridge)
            long rated2 = s2.boards.get();
            long posted = System.nanoTime();
            HttpResponse<String> r = rate(node(1), "demo-platform-A01", "screen-" + RUN);
            assertEquals(201, r.statusCode(), r.body());
            long tr = s2.awaitBoard(rated2 + 1, posted, 2_000);
            System.out.println("ClusterIT: a rating on node 1 reached the stream on node 2 after " + tr + " ms");
        }
    }

    /** (c) A pad's limit is the same whichever node each rating reaches: 12 an hour are 12 with two nodes, not 24. */
    @Test
    @Order(3)
    void a_pads_limit_holds_across_both_nodes() throws Exception {
        int[] accepted = new int[3];
        int refused = 0;
        for (int i = 0; i < RATING_LIMIT + 6; i++) {
            int n = 1 + i % 2;
            HttpResponse<String> r = rate(node(n), "demo-pad-A03", "lim-" + RUN + "-" + i);
            if (r.statusCode() == 201) {
                accepted[n]++;
            } else {
                assertEquals(429, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
                refused++;
            }
        }
        System.out.println("ClusterIT: pad limit across nodes: node 1 accepted " + accepted[1] + ", node 2 " + accepted[2]
                           + ", refused " + refused);
        assertEquals(RATING_LIMIT, accepted[1] + accepted[2], "the limit of one node, not twice it");
        assertTrue(accepted[1] > 0 && accepted[2] > 0, "both nodes took ratings");
    }

    /**
     * (b) Each tick of a timer runs on one node only: both nodes' timers fire, one claims the minute. The two
     * every-minute timers each claim every minute, so one minute with both nodes up gives two claims to check.
     */
    @Test
    @Order(4)
    void each_timer_tick_runs_on_one_node_only() throws Exception {
        List<String> timers = List.of("contest.attempt-sweep", "evaluation.rating-tally"); // both every minute
        Map<String, List<String>> common = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (true) {
            common.clear();
            for (String timer : timers) {
                Map<String, String> c1 = claims(1, timer), c2 = claims(2, timer);
                for (var e : c1.entrySet()) {
                    if (c2.containsKey(e.getKey())) {
                        common.put(timer + " " + e.getKey(), List.of(e.getValue(), c2.get(e.getKey())));
                    }
                }
            }
            if (common.size() >= 2) {
                break;
            }
            assertTrue(System.nanoTime() < deadline, "two claims seen by both nodes within 4 minutes: " + common);
            Thread.sleep(2_000); // timers tick once a minute; nothing to await but their next tick
        }
        System.out.println("ClusterIT: timer ticks (node 1, node 2): " + common);
        common.forEach((tick, outcome) -> assertEquals(1, outcome.stream().filter("won"::equals).count(),
                "tick " + tick + " ran on exactly one node: " + outcome));
    }

    /**
     * (d) kill -9 of a node under a load of ratings through nginx: every rating answered 2xx is stored once and
     * nothing else is; screens' streams reconnect through nginx and read fresh data within 15 s; the node, started
     * again, rejoins the grid.
     */
    @Test
    @Order(5)
    void a_node_killed_under_load_loses_nothing_and_rejoins() throws Exception {
        int victim = 1;
        try (Sse a = new Sse(NGINX + "/api/display/demo-screen-hall/events");
             Sse b = new Sse(NGINX + "/api/display/demo-screen-hall/events");
             Browser admin = Browser.ownServers(1440, 900)) {
            a.awaitHello(1, 30);
            b.awaitHello(1, 30);
            signIn(admin, "admin");

            Load load = new Load(4, Duration.ofSeconds(20));
            load.start();
            load.awaitAnswers(100, 60);
            long killedAt = System.nanoTime();
            script("node.sh", "kill", String.valueOf(victim));

            // the stream that was on the dead node reconnects through nginx to the live one, which reads fresh data
            Sse moved = Sse.firstToClose(List.of(a, b), 10);
            long reconnectMillis = (moved.awaitHello(2, 15) - killedAt) / 1_000_000;
            HttpResponse<String> feed = get(NGINX + "/api/display/demo-screen-hall");
            long freshMillis = (System.nanoTime() - killedAt) / 1_000_000;
            assertEquals(200, feed.statusCode(), feed.body());
            assertTrue(feed.body().contains("\"place\""), feed.body());
            assertTrue(freshMillis < 15_000, "reconnected and read after " + freshMillis + " ms");

            Load.Result r = load.await();
            long rows = countRows("k" + RUN + "-");
            System.out.printf("ClusterIT kill test: %d requests in %.1f s (%d threads), %d 2xx, %d 5xx, %d other, %d errors;"
                              + " %d rows stored; stream reconnected %d ms and fresh feed read %d ms after kill -9%n",
                    r.requests(), r.seconds(), 4, r.ok(), r.serverErrors(), r.other(), r.errors(), rows,
                    reconnectMillis, freshMillis);
            assertEquals(r.ok(), rows, "every 2xx answer is one stored rating, and nothing else was stored");
            assertEquals(0, r.serverErrors(), "no 5xx through nginx while a node died");
            assertEquals(0, r.errors(), "no connection errors through nginx");

            // the admin, whose pages were on one of the nodes, goes on (his session is replicated; if it were not, he
            // would sign in again); a change he makes now reaches the moved stream
            admin.driver.get(NGINX + "/");
            admin.awaitVaadin();
            admin.screenshot("cluster-after-kill-admin");
            boolean stillSignedIn = !admin.driver.findElements(By.id("current-user")).isEmpty();
            System.out.println("ClusterIT: after kill -9 the admin is " + (stillSignedIn ? "still signed in" : "asked to sign in again")
                               + " (" + admin.driver.getCurrentUrl() + ")");
            if (!stillSignedIn) {
                signIn(admin, "admin");
            }
            long before = moved.boards.get();
            long millis = renameScreenPlace(admin);
            long start = System.nanoTime() - millis * 1_000_000;
            long shown = moved.awaitBoard(before + 1, start, 2_000);
            System.out.println("ClusterIT: a change after the kill reached the moved stream in " + shown + " ms ("
                               + (System.nanoTime() - killedAt) / 1_000_000 + " ms after the kill)");
        }

        // the node starts again and rejoins the grid
        long t0 = System.nanoTime();
        script("node.sh", "start", String.valueOf(victim));
        long restartMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2, members(victim), "the restarted node rejoined");
        assertEquals(2, members(3 - victim));
        System.out.println("ClusterIT: node " + victim + " restarted and rejoined in " + restartMillis + " ms");
    }

    /** Both nodes down: nginx answers with the Chinese maintenance page (JSON under /api), not its own error page. */
    @Test
    @Order(6)
    void both_nodes_down_shows_the_chinese_maintenance_page() throws Exception {
        script("node.sh", "stop", "1");
        script("node.sh", "stop", "2");
        HttpResponse<String> page = get(NGINX + "/");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("系统维护中"), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> api = rate(NGINX, "demo-platform-A01", "down-" + RUN);
        assertEquals(503, api.statusCode());
        assertTrue(api.body().contains("系统维护中") && api.headers().firstValue("Content-Type").orElse("").contains("json"), api.body());
    }

    // ---- helpers ----

    static void script(String name, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("config/cluster/" + name).toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(RUN_DIR.resolve("scripts.out").toFile()));
        Map<String, String> env = pb.environment();
        env.put("HTTP_PORT", HTTP_PORT);
        env.put("NODE_PORTS", String.join(" ", NODE_PORTS));
        env.put("HZ_PORTS", HZ_PORTS);
        env.put("DB", DB);
        env.put("RUN_DIR", RUN_DIR.toString());
        env.put("CLUSTER_NAME", "fwkc-it");
        env.put("JAVA_OPTS", "-Dapp.ratings.min-seconds=0 -Dapp.ratings.max-per-hour=" + RATING_LIMIT);
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish in 20 minutes; see " + RUN_DIR.resolve("scripts.out"));
        }
        if (p.exitValue() != 0) {
            List<String> out = Files.readAllLines(RUN_DIR.resolve("scripts.out"), StandardCharsets.UTF_8);
            throw new AssertionError(name + " " + String.join(" ", args) + " failed (" + p.exitValue() + "): "
                                     + String.join("\n", out.subList(Math.max(0, out.size() - 30), out.size())));
        }
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> rate(String base, String key, String clientId) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ratings")).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header("X-Device-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + clientId + "\",\"level\":\"SATISFIED\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * GET /api/health on node n as an operator on the host: the nodes trust one proxy (nginx), so the client address
     * is the one X-Forwarded-For names, here loopback; the details (grid, timers) are shown to loopback only.
     */
    static HttpResponse<String> operatorHealth(int n) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(node(n) + "/api/health")).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", "127.0.0.1").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The grid's size as node n sees it. */
    static int members(int n) throws IOException, InterruptedException {
        HttpResponse<String> r = operatorHealth(n);
        Matcher m = Pattern.compile("\"members\":(\\d+)").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Integer.parseInt(m.group(1));
    }

    /** Node n's last claims of a timer: tick → won/lost. */
    static Map<String, String> claims(int n, String timer) throws IOException, InterruptedException {
        String body = operatorHealth(n).body();
        Matcher list = Pattern.compile("\"" + Pattern.quote(timer) + "\":\\[([^\\]]*)]").matcher(body);
        Map<String, String> out = new HashMap<>();
        if (list.find()) {
            Matcher m = Pattern.compile("\"([^\"=]+)=(won|lost)\"").matcher(list.group(1));
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    static long countRows(String clientPrefix) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + DB, "fwkc", "fwkc");
             PreparedStatement ps = c.prepareStatement("select count(*) from rating where client_ref like ?")) {
            ps.setString(1, clientPrefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Signs in through nginx (the page upstream is sticky by address, so the session stays on one node). */
    static void signIn(Browser b, String user) {
        b.driver.get(NGINX + "/login");
        b.awaitVaadin();
        var name = b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        name.clear();
        name.sendKeys(user);
        var pass = b.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(PASSWORD);
        b.driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        b.awaitVaadin();
    }

    /**
     * Renames the place of the first screen on 大屏管理 (a public change: BoardChanged); returns how many ms before
     * the return the save was clicked (so callers measure from the click).
     */
    static long renameScreenPlace(Browser admin) {
        admin.driver.get(NGINX + "/admin/screens");
        admin.awaitVaadin();
        Object found = admin.wait.until(d -> (Object) js(admin,
                "const b = document.querySelector('vaadin-button[id^=screen-edit-]'); return b ? b.id : null;"));
        String editId = String.valueOf(found);
        js(admin, "arguments[0].scrollIntoView(); arguments[0].click(); return 1;", admin.driver.findElement(By.id(editId)));
        DisplayBrowserIT.type(admin, "screen-form-place", "集群测试大厅" + System.nanoTime() % 100_000);
        long click = System.nanoTime();
        admin.driver.findElement(By.id("screen-save")).click();
        return (System.nanoTime() - click) / 1_000_000;
    }

    static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver).executeScript(script, args);
    }

    /**
     * A screen's event stream as the page's EventSource reads it: named events counted, and after the stream ends
     * (its node died) a new connection after the server's retry delay (3 s), as a browser does.
     */
    static final class Sse implements AutoCloseable {
        final String url;
        final AtomicLong boards = new AtomicLong();
        final AtomicInteger hellos = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        final Map<Integer, Long> helloAt = new ConcurrentHashMap<>();
        final Map<Long, Long> boardAt = new ConcurrentHashMap<>();
        final Thread reader;
        volatile boolean stop;
        volatile Stream<String> current;

        Sse(String url) {
            this.url = url;
            reader = new Thread(this::run, "sse-" + url);
            reader.setDaemon(true);
            reader.start();
        }

        private void run() {
            while (!stop) {
                try {
                    HttpResponse<Stream<String>> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
                    if (r.statusCode() == 200) {
                        try (Stream<String> lines = r.body()) {
                            current = lines;
                            lines.forEach(line -> {
                                if (line.equals("event: hello") || line.equals("event:hello")) {
                                    int h = hellos.incrementAndGet();
                                    helloAt.put(h, System.nanoTime());
                                    synchronized (this) {
                                        notifyAll();
                                    }
                                } else if (line.equals("event: board") || line.equals("event:board")) {
                                    long n = boards.incrementAndGet();
                                    boardAt.put(n, System.nanoTime());
                                    synchronized (this) {
                                        notifyAll();
                                    }
                                }
                            });
                        }
                    } else {
                        r.body().close();
                    }
                } catch (IOException | RuntimeException e) {
                    // the connection broke: reconnect as EventSource does
                } catch (InterruptedException e) {
                    return;
                }
                closes.incrementAndGet();
                synchronized (this) {
                    notifyAll();
                }
                if (!stop) {
                    try {
                        Thread.sleep(3_000); // the retry delay the server sends with its hello
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** The first of {@code streams} whose connection ends (its node went away), within {@code seconds}. */
        static Sse firstToClose(List<Sse> streams, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                for (Sse s : streams) {
                    if (s.closes.get() > 0) {
                        return s;
                    }
                }
                assertTrue(System.nanoTime() < end, "one of the streams was on the killed node and ended within " + seconds + " s");
                Thread.sleep(20); // two streams' reader threads: polling their counters
            }
        }

        /** Waits for the n-th hello (the n-th connection opened); returns when it came (nanoTime). */
        synchronized long awaitHello(int n, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (hellos.get() < n) {
                long left = end - System.nanoTime();
                assertTrue(left > 0, "stream " + url + ": connection " + n + " opened within " + seconds + " s");
                wait(Math.max(1, left / 1_000_000));
            }
            return helloAt.get(n);
        }

        /** Waits for the n-th board event, at most {@code millis} after {@code start}; returns its ms after start. */
        synchronized long awaitBoard(long n, long start, long millis) throws InterruptedException {
            long end = start + TimeUnit.MILLISECONDS.toNanos(millis);
            while (boards.get() < n) {
                long left = end - System.nanoTime();
                assertTrue(left > 0, "stream " + url + ": board event within " + millis + " ms of the change");
                wait(Math.max(1, left / 1_000_000));
            }
            return (boardAt.get(n) - start) / 1_000_000;
        }

        @Override
        public void close() {
            stop = true;
            Stream<String> s = current;
            if (s != null) {
                s.close();
            }
            reader.interrupt();
        }
    }

    /** Ratings through nginx with the platform key (no per-key limit), each with its own clientId. */
    static final class Load {
        record Result(long requests, long ok, long serverErrors, long other, long errors, double seconds) {
        }

        final int threads;
        final Duration duration;
        final LongAdder ok = new LongAdder(), server = new LongAdder(), other = new LongAdder(), errors = new LongAdder();
        final AtomicLong answered = new AtomicLong();
        final CountDownLatch done;
        final List<Thread> workers = new ArrayList<>();
        long began;
        volatile long ended;

        Load(int threads, Duration duration) {
            this.threads = threads;
            this.duration = duration;
            this.done = new CountDownLatch(threads);
        }

        void start() {
            began = System.nanoTime();
            long end = began + duration.toNanos();
            for (int t = 0; t < threads; t++) {
                int tid = t;
                Thread w = new Thread(() -> {
                    try {
                        for (int i = 0; System.nanoTime() < end; i++) {
                            try {
                                int s = rate(NGINX, "demo-platform-A01", "k" + RUN + "-" + tid + "-" + i).statusCode();
                                if (s >= 200 && s < 300) {
                                    ok.increment();
                                } else if (s >= 500) {
                                    server.increment();
                                } else {
                                    other.increment();
                                }
                            } catch (IOException e) {
                                errors.increment();
                            }
                            answered.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "load-" + t);
                w.setDaemon(true);
                workers.add(w);
                w.start();
            }
        }

        void awaitAnswers(long n, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (answered.get() < n) {
                assertTrue(System.nanoTime() < end, "the load got " + n + " answers within " + seconds + " s");
                Thread.sleep(50); // counting another thread's answers
            }
        }

        Result await() throws InterruptedException {
            assertTrue(done.await(duration.toSeconds() + 60, TimeUnit.SECONDS), "the load ended");
            double seconds = (System.nanoTime() - began) / 1e9;
            return new Result(ok.sum() + server.sum() + other.sum() + errors.sum(), ok.sum(), server.sum(), other.sum(),
                    errors.sum(), seconds);
        }
    }
}
