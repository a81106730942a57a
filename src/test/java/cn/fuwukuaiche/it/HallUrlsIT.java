package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

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
}
