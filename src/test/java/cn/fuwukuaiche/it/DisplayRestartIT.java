package cn.fuwukuaiche.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A screen survives a server restart. The test starts its own Payara Micro with the built WAR on
 * {@code it.restart.port} (default: the shared IT server's port + 1) and its own database ({@code it.restart.db.*}
 * from the POM: a file H2 under target/, or {@code fwkc_it_restart} with -Pmysql), opens the demo screen, stops the
 * server (the screen shows its stale badge, no dialog, and keeps its content), starts it again, and waits until the
 * screen is live again by itself. Every wait is on a condition with a deadline (Payara's own "ready" line, the
 * page's state); the server is stopped whatever happens (after the test, and by a shutdown hook if the test JVM
 * itself is ended). Its log is target/restart-it-server.log.
 */
class DisplayRestartIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(2);

    private RestartServer server;

    private static int port() {
        return Integer.getInteger("it.restart.port", URI.create(Server.baseUrl()).getPort() + 1);
    }

    @Test
    void a_screen_shows_stale_while_the_server_is_down_and_recovers_by_itself() throws Exception {
        String dbUrl = System.getProperty("it.restart.db.url",
                "jdbc:h2:file:" + Path.of("target", "restart-it-db", "fwkc").toAbsolutePath() + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE");
        if (dbUrl.startsWith("jdbc:h2:file:")) {
            // a fresh embedded database each run (a MariaDB database is created afresh by .ci/run); only ever
            // a folder under target/, whatever URL was given
            Path dir = Path.of(dbUrl.substring("jdbc:h2:file:".length()).split(";")[0]).toAbsolutePath().normalize().getParent();
            if (dir != null && dir.startsWith(Path.of("target").toAbsolutePath()) && !dir.equals(Path.of("target").toAbsolutePath())) {
                deleteTree(dir);
            }
        }
        Path log = Path.of("target", "restart-it-server.log");
        Files.deleteIfExists(log);
        Server.awaitReady(); // the shared server is up first: two Payara starts at once on 2 cores slow both

        long t0 = System.nanoTime();
        server = RestartServer.start(dbUrl, log);
        server.awaitReady();
        long firstStart = System.nanoTime() - t0;
        try (Browser b = new Browser(1280, 720)) {
            b.driver.get("http://localhost:" + port() + "/screen/demo-screen-hall");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen-time"), ":"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen-place"), "一楼大厅"));
            js(b, "window.__fwkcMarker = 'before-restart'; return 1;");

            long t1 = System.nanoTime();
            server.stop();
            long stopped = System.nanoTime() - t1;
            t1 = System.nanoTime();
            // the screen notices: the stale badge shows, and no dialog or error notification appears
            new WebDriverWait(b.driver, BROWSER_TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-stale")));
            long staleAfter = System.nanoTime() - t1;
            b.screenshot("display-stale-while-server-down");
            assertEquals(0L, js(b, "return document.querySelectorAll('vaadin-notification-card, .v-system-error, vaadin-dialog-overlay[opened]').length;"));
            assertTrue(b.text(By.id("screen-place")).contains("一楼大厅"), "the last content stays on screen");
            assertEquals("before-restart", js(b, "return window.__fwkcMarker || null;"), "the page waits, it does not reload into an error page");

            long t2 = System.nanoTime();
            server = RestartServer.start(dbUrl, log);
            server.awaitReady();
            long secondStart = System.nanoTime() - t2;
            // it reconnects by itself: live again (the page reloaded once, so the marker is gone), no stale badge
            long t3 = System.nanoTime();
            new WebDriverWait(b.driver, BROWSER_TIMEOUT).until(d -> !"before-restart".equals(js(b, "return window.__fwkcMarker || null;"))
                    && Boolean.TRUE.equals(js(b, "const t = document.querySelector('#screen-time'); const s = document.querySelector('#screen-stale');"
                    + " return !!t && t.textContent.includes(':') && !!s && s.offsetParent === null"
                    + " && document.querySelectorAll('#screen-stage > .screen-panel').length > 0;")));
            long liveAfter = System.nanoTime() - t3;
            assertTrue(b.text(By.id("screen-place")).contains("一楼大厅"));
            assertNotEquals(0L, js(b, "return document.querySelectorAll('#screen-stage > .screen-panel').length;"));
            assertEquals(0L, js(b, "return document.querySelectorAll('vaadin-notification-card, .v-system-error, vaadin-dialog-overlay[opened]').length;"));
            b.screenshot("display-recovered-after-restart");
            System.out.printf("DisplayRestartIT: first start %d s; stopped in %d ms; stale badge %d ms after that; second start %d s;"
                            + " live again %d ms after the server was ready%n", firstStart / 1_000_000_000, stopped / 1_000_000,
                    staleAfter / 1_000_000, secondStart / 1_000_000_000, liveAfter / 1_000_000);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * One Payara Micro of this test. Its output goes to the log; it is ready when Payara prints its "ready in"
     * line (the WAR is deployed by then) and /health/ready answers 200; ending before that fails at once.
     */
    private static final class RestartServer {

        final Process process;
        final CompletableFuture<Void> ready = new CompletableFuture<>();
        final Thread hook;

        private RestartServer(Process process) {
            this.process = process;
            this.hook = new Thread(this::kill, "restart-it-server-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        static RestartServer start(String dbUrl, Path log) throws IOException {
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx768m",
                    // a start costs less CPU on a small machine with the quick compiler only and one GC thread
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
                    "-Dapp.db.driver=" + System.getProperty("it.restart.db.driver", "org.h2.jdbcx.JdbcDataSource"),
                    "-Dapp.db.url=" + dbUrl,
                    "-Dapp.db.user=" + System.getProperty("it.restart.db.user", "sa"),
                    "-Dapp.db.password=" + System.getProperty("it.restart.db.password", "sa"),
                    "-Dapp.demo=true", "-Dvaadin.devmode.devTools.enabled=false",
                    "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("app.war"),
                    "--port", String.valueOf(port()), "--nocluster", "--nohostaware");
            pb.redirectErrorStream(true);
            RestartServer s = new RestartServer(pb.start());
            Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Thread pump = new Thread(() -> {
                try (out; BufferedReader in = new BufferedReader(new InputStreamReader(s.process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        out.write(line);
                        out.write('\n');
                        if (line.contains("Payara Micro") && line.contains("ready in")) {
                            out.flush();
                            s.ready.complete(null);
                        }
                    }
                } catch (IOException e) {
                    // the process was ended; the future below says so
                }
                s.ready.completeExceptionally(new IllegalStateException("the restart server ended before it was ready"));
            }, "restart-it-server-log");
            pump.setDaemon(true);
            pump.start();
            return s;
        }

        void awaitReady() throws InterruptedException, IOException {
            try {
                ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                fail("restart server did not come up on port " + port() + " (" + e + "); see target/restart-it-server.log");
            }
            HttpResponse<String> health = Server.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/health/ready"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), "restart server ready but not healthy: " + health.body());
        }

        /** SIGTERM (Payara shuts down cleanly), then a kill if it does not end within a minute. */
        void stop() {
            kill();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }

        private void kill() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver).executeScript(script);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
