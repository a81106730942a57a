package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.display.entity.Panel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PanelRotationTest {

    private final PanelRotation three = new PanelRotation(List.of(Panel.FLAG, Panel.STARS, Panel.NOTICES), 10);

    @ParameterizedTest(name = "t={0} ms → {1}")
    @CsvSource({
            "0, FLAG", "9999, FLAG", "10000, STARS", "19999, STARS", "20000, NOTICES", "29999, NOTICES",
            "30000, FLAG",           // round again
            "3000000000000, FLAG",   // an epoch time: 300000000 slots, divisible by 3
            "3000000010000, STARS",
    })
    void each_panel_its_seconds_in_order(long millis, Panel expected) {
        assertEquals(expected, three.panelAt(millis));
    }

    @ParameterizedTest
    @CsvSource({"0, 10000", "1, 9999", "9999, 1", "10000, 10000", "25000, 5000"})
    void time_to_next_panel(long millis, long next) {
        assertEquals(next, three.millisToNext(millis));
    }

    @Test
    void two_screens_with_the_same_settings_agree() {
        PanelRotation other = new PanelRotation(List.of(Panel.FLAG, Panel.STARS, Panel.NOTICES), 10);
        for (long t = 1_700_000_000_000L; t < 1_700_000_100_000L; t += 777) {
            assertEquals(three.panelAt(t), other.panelAt(t));
        }
    }

    @Test
    void one_panel_stays_and_none_shows_nothing() {
        assertEquals(Panel.FLAG, new PanelRotation(List.of(Panel.FLAG), 15).panelAt(123_456_789));
        PanelRotation none = new PanelRotation(List.of(), 15);
        assertEquals(-1, none.indexAt(5));
        assertNull(none.panelAt(5));
        assertEquals(30, three.cycleSeconds());
    }

    @Test
    void seconds_are_bounded() {
        assertThrows(IllegalArgumentException.class, () -> new PanelRotation(List.of(Panel.FLAG), 4));
        assertThrows(IllegalArgumentException.class, () -> new PanelRotation(List.of(Panel.FLAG), 601));
    }

    @Test
    void panels_parse_in_order_without_duplicates_or_unknowns() {
        assertEquals(List.of(Panel.STARS, Panel.FLAG), Panel.parse("STARS, FLAG,STARS,NOPE,"));
        assertEquals(List.of(), Panel.parse(null));
        assertEquals("STARS,FLAG", Panel.format(List.of(Panel.STARS, Panel.FLAG)));
    }
}
