package cn.fuwukuaiche.display.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.display.control.ScreenSettings;
import cn.fuwukuaiche.display.entity.NameDisplay;
import cn.fuwukuaiche.display.entity.Panel;
import cn.fuwukuaiche.display.entity.ScreenTheme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thin screen page: what the server writes into it, and that nothing in the data can break out of it. */
class ScreenPageServletTest {

    private static final ScreenSettings SCREEN = new ScreenSettings(1, "k", "大厅<屏>", "一楼 & 大厅", List.of(Panel.FLAG, Panel.STARS), 15,
            ScreenTheme.DARK, NameDisplay.FULL);

    @Test
    void every_caption_the_script_uses_is_in_the_bundle() {
        for (String key : ScreenPageServlet.CAPTIONS) {
            assertFalse(Messages.t(key).startsWith("!"), key);
        }
    }

    @Test
    void the_page_carries_the_feed_the_captions_theme_seconds_and_pin() {
        String page = ScreenPageServlet.page("/", "k", SCREEN, "STARS", "{\"screen\":{}}", "\"abc\"");
        assertTrue(page.contains("class=\"screen-root screen-theme-dark\""), page);
        assertTrue(page.contains("data-seconds=\"15\""));
        assertTrue(page.contains("data-pin=\"STARS\""));
        assertTrue(page.contains("data-etag=\"&quot;abc&quot;\""));
        assertTrue(page.contains("<script id=\"screen-feed\" type=\"application/json\">{\"screen\":{}}</script>"));
        assertTrue(page.contains("\"display.screen.weekdays\":\"星期日,星期一"));
        assertTrue(page.contains("<span id=\"screen-place\" class=\"screen-place\">一楼 &amp; 大厅</span>"), "place escaped");
        assertTrue(page.contains("大厅&lt;屏&gt;"), "name escaped");
        assertTrue(page.contains("id=\"screen-stale\""));
    }

    @Test
    void data_cannot_close_the_script_element() {
        String feed = "{\"name\":\"</script><script>alert(1)</script><!--\"}";
        String page = ScreenPageServlet.page("/", "k", SCREEN, "", feed, "\"x\"");
        assertFalse(page.contains("alert(1)</script>"), page);
        assertTrue(page.contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--"));
        assertEquals(4, page.split("</script>", -1).length - 1, "the ECharts tag, the feed, the captions and the inline script end; no other");
    }

    @Test
    void an_unknown_key_gets_the_refusal_without_any_data() {
        String page = ScreenPageServlet.refused("/");
        assertTrue(page.contains("id=\"screen-refused\"") && page.contains("无效或已停用"));
        assertFalse(page.contains("screen-feed"));
    }
}
