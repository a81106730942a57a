package cn.fuwukuaiche.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** The shared IT server that Maven starts in pre-integration-test; ITs wait until it is ready. */
public final class Server {

    private static volatile boolean ready;
    /** Set when the wait ran out once: every later test fails at once instead of waiting another 10 minutes. */
    private static volatile String neverReady;
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Server() {
    }

    public static String baseUrl() {
        return System.getProperty("it.baseUrl", "http://localhost:18080");
    }

    /** Polls /health/ready (the database answers and the app is deployed), up to 10 minutes (a loaded 2-core machine is slow). */
    public static synchronized void awaitReady() {
        if (ready) {
            return;
        }
        if (neverReady != null) {
            throw new IllegalStateException(neverReady);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = get("/health/ready");
                HttpResponse<String> login = get("/login");
                if (health.statusCode() == 200 && login.statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000); // polling a process we do not control; there is no event to await
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        neverReady = "IT server at " + baseUrl() + " did not become ready within 10 minutes; see target/it-server.log";
        throw new IllegalStateException(neverReady);
    }

    public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
