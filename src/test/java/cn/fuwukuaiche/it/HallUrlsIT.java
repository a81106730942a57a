package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hall's public addresses (issue 23) on the shared demo server: {@code /h/qingshan/…} serves the demo county's
 * pages, feed and pad as the old addresses do; an unknown or malformed hall code is the Chinese 404 page.
 */
class HallUrlsIT {

    @Test
    void the_demo_countys_pages_and_feed_are_served_below_its_code_as_at_the_old_addresses() throws Exception {
        Server.awaitReady();
        HttpResponse<String> feed = Server.get("/h/qingshan/api/display/demo-screen-hall");
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(Server.get("/api/display/demo-screen-hall").body().length() / 100, feed.body().length() / 100,
                "the same feed as at the old address");
        for (String page : new String[] {"/h/qingshan/guide", "/h/qingshan/lookup", "/h/qingshan/public/notices",
                "/h/qingshan/screen/demo-screen-hall"}) {
            assertEquals(200, Server.get(page).statusCode(), page);
        }
    }

    @Test
    void an_unknown_or_malformed_hall_code_is_a_chinese_404() throws Exception {
        Server.awaitReady();
        for (String page : new String[] {"/h/no-such-hall/guide", "/h/QingShan/guide", "/h//guide",
                "/h/no-such-hall/api/display/demo-screen-hall"}) {
            HttpResponse<String> r = Server.get(page);
            assertEquals(404, r.statusCode(), page);
            assertTrue(r.body().contains("页面") || r.body().contains("不存在") || r.body().contains("找不到"), page + ": " + r.body());
        }
    }

    /**
     * The demo county's screen key and pad key at the address of the demo hall 白水县: the screen's feed, its event
     * stream and a photo are not found, a rating is refused as from an unknown key, and nothing of the demo county is
     * in any answer; the same key at the demo county's own addresses works.
     */
    @Test
    void another_halls_screen_and_pad_keys_are_refused_at_a_halls_address() throws Exception {
        Server.awaitReady();
        HttpResponse<String> own = Server.get("/h/qingshan/api/display/demo-screen-hall");
        assertEquals(200, own.statusCode());
        for (String path : new String[] {"/h/baishui/api/display/demo-screen-hall", "/h/baishui/api/display/demo-screen-hall/photos/1",
                "/h/lianhua/api/display/demo-screen-hall"}) {
            HttpResponse<String> r = Server.get(path);
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertTrue(!r.body().contains("青山") && !r.body().contains("A01"), path + " leaks the demo county: " + r.body());
        }
        String body = "{\"clientId\":\"it-hall-" + UUID.randomUUID() + "\",\"level\":\"SATISFIED\"}";
        HttpResponse<String> foreign = post("/h/baishui/api/ratings", "demo-pad-B02", body);
        assertEquals(401, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("评价器密钥无效"), foreign.body());
        HttpResponse<String> home = post("/h/qingshan/api/ratings", "demo-pad-B02", body);
        assertEquals(201, home.statusCode(), home.body());
    }

    private static HttpResponse<String> post(String path, String key, String body) throws Exception {
        return Server.HTTP.send(HttpRequest.newBuilder(URI.create(Server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Device-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
