package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.display.entity.Panel;

import java.util.List;

/**
 * Which panel a screen shows: the configured panels in order, each for the same number of seconds, round
 * and round. Every screen with the same configuration shows the same panel at the same moment (the cycle
 * is counted from the epoch), so two screens side by side stay in step. Plain Java; the browser runs the
 * same arithmetic between server round trips.
 */
public record PanelRotation(List<Panel> panels, int secondsPerPanel) {

    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 600;

    public PanelRotation {
        panels = List.copyOf(panels);
        if (secondsPerPanel < MIN_SECONDS || secondsPerPanel > MAX_SECONDS) {
            throw new IllegalArgumentException("secondsPerPanel " + secondsPerPanel);
        }
    }

    /** Index of the panel on screen at {@code epochMillis}; -1 when the screen has no panel. */
    public int indexAt(long epochMillis) {
        if (panels.isEmpty()) {
            return -1;
        }
        long slot = Math.floorDiv(epochMillis, secondsPerPanel * 1000L);
        return (int) Math.floorMod(slot, (long) panels.size());
    }

    public Panel panelAt(long epochMillis) {
        int i = indexAt(epochMillis);
        return i < 0 ? null : panels.get(i);
    }

    /** Milliseconds until the next panel change after {@code epochMillis}. */
    public long millisToNext(long epochMillis) {
        long period = secondsPerPanel * 1000L;
        return period - Math.floorMod(epochMillis, period);
    }

    /** One full round through all panels, in seconds. */
    public int cycleSeconds() {
        return panels.size() * secondsPerPanel;
    }
}
