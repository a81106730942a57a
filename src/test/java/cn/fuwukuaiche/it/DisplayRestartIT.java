package cn.fuwukuaiche.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A screen survives a server restart: this test starts its own Payara Micro with the built WAR on
 * {@code it.restart.port} (default it.port + 1) and a file H2 database under target/, opens the demo screen,
 * stops the server (the screen shows its stale badge and no dialog), starts it again, and waits until the
 * screen shows live content again by itself. Two server starts take minutes on a busy machine, so it runs
 * only with {@code -Dit.restart=true} (see docs/display.md).
 */
@EnabledIfSystemProperty(named = "it.restart", matches = "true")
class DisplayRestartIT {

    private Process server;

    private static int port() {
        return Integer.getInteger("it.restart.port", URI.create(Server.baseUrl()).getPort() + 1);
    }

    private Process start(Path log) throws IOException {
        Path db = Path.of("target", "restart-it-db").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx768m", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
                "-Dapp.db.driver=org.h2.jdbcx.JdbcDataSource",
                "-Dapp.db.url=jdbc:h2:file:" + db.resolve("fwkc") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE",
                "-Dapp.db.user=sa", "-Dapp.db.password=sa", "-Dapp.demo=true", "-Dvaadin.devmode.devTools.enabled=false",
                "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("app.war"),
                "--port", String.valueOf(port()), "--nocluster", "--nohostaware");
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    private static boolean ready() {
        try {
            HttpResponse<String> r = Server.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (!ready()) {
            assertTrue(Instant.now().isBefore(deadline), "restart server did not come up; see target/restart-it-server.log");
            Thread.sleep(1000); // polling a process we started; there is no event to await
        }
    }

    @Test
    void a_screen_shows_stale_while_the_server_is_down_and_recovers_by_itself() throws Exception {
        Path log = Path.of("target", "restart-it-server.log");
        Files.deleteIfExists(log);
        deleteTree(Path.of("target", "restart-it-db"));
        server = start(log);
        awaitReady();
        try (Browser b = new Browser(1280, 720)) {
            String url = "http://localhost:" + port() + "/screen/demo-screen-hall";
            b.driver.get(url);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen-time"), ":"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screen-place"), "一楼大厅"));
            js(b, "window.__fwkcMarker = 'before-restart'; return 1;");

            server.destroy();
            assertTrue(server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || server.destroyForcibly().waitFor(30,
                    java.util.concurrent.TimeUnit.SECONDS));
            // the screen notices: the stale badge shows, and no dialog or error notification appears
            new WebDriverWait(b.driver, Duration.ofMinutes(3)).until(ExpectedConditions.visibilityOfElementLocated(By.id("screen-stale")));
            b.screenshot("display-stale-while-server-down");
            assertEquals(0L, js(b, "return document.querySelectorAll('vaadin-notification-card, .v-system-error, vaadin-dialog-overlay[opened]').length;"));
            assertTrue(b.text(By.id("screen-place")).contains("一楼大厅"), "the last content stays on screen");

            server = start(log);
            awaitReady();
            // it reconnects by itself: live again (the page reloaded once, so the marker is gone), no stale badge
            new WebDriverWait(b.driver, Duration.ofMinutes(3)).until(d -> !"before-restart".equals(js(b, "return window.__fwkcMarker || null;"))
                    && Boolean.TRUE.equals(js(b, "const t = document.querySelector('#screen-time'); const s = document.querySelector('#screen-stale');"
                    + " return !!t && t.textContent.includes(':') && !!s && s.offsetParent === null;")));
            assertTrue(b.text(By.id("screen-place")).contains("一楼大厅"));
            assertNotEquals(0L, js(b, "return document.querySelectorAll('#screen-stage > .screen-panel').length;"));
            b.screenshot("display-recovered-after-restart");
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
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
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

}
