package cn.fuwukuaiche.display.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenOfflineRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
    static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 1, 9, 0);

    @ParameterizedTest(name = "last seen {0} min ago (never: -), created {1} min ago → {2}")
    @CsvSource(nullValues = "-", value = {
            "1,    50000, -",        // on air (polls every minute)
            "9,    50000, -",
            "10,   50000, YELLOW",   // the setting's minutes: listed
            "59,   50000, YELLOW",
            "60,   50000, RED",
            "3000, 50000, RED",
            "-,    5,     -",        // set up five minutes ago, not switched on yet
            "-,    10,    YELLOW",   // never opened since it was set up
            "-,    50000, RED",
    })
    void light(Integer seenAgo, int createdAgo, String light) {
        LocalDateTime seen = seenAgo == null ? null : NOW.minusMinutes(seenAgo);
        var l = ScreenOfflineRules.light(seen, NOW.minusMinutes(createdAgo), NOW, 10, 60);
        assertEquals(light == null ? "-" : light, l.map(Enum::name).orElse("-"));
    }

    @Test
    void the_line_says_since_when_and_opens_the_screens_page() {
        var t = ScreenOfflineRules.todo("大厅主屏", "一楼大厅", "scr-ab12", NOW.minusMinutes(90), CREATED, NOW, 10, 60).orElseThrow();
        assertEquals("检查大屏「大厅主屏」（一楼大厅）：自 2026-12-07 08:30 起离线", t.what());
        assertEquals("admin/screens", t.route());
        assertEquals(null, t.deadline());
        var never = ScreenOfflineRules.todo("二楼屏", "二楼", "scr-cd34", null, CREATED, NOW, 10, 60).orElseThrow();
        assertTrue(never.what().endsWith("设置后从未打开"), never.what());
        assertFalse(ScreenOfflineRules.todo("x", "y", "z", NOW.minusMinutes(2), CREATED, NOW, 10, 60).isPresent());
    }

    @Test
    void a_screen_is_written_at_most_once_a_minute() {
        ScreenSightings cut = new ScreenSightings();
        long t0 = 1_000_000_000_000L;
        assertTrue(cut.due(7, t0), "the first sighting writes");
        assertFalse(cut.due(7, t0 + 59_000_000_000L), "within the minute: no write");
        assertTrue(cut.due(8, t0 + 1), "another screen is its own");
        assertTrue(cut.due(7, t0 + 61_000_000_000L), "after the minute: writes again");
        assertFalse(cut.due(7, t0 + 62_000_000_000L));
    }
}
