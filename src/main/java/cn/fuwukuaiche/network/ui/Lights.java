package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.calendar.DeadlineLight;
import com.vaadin.flow.component.html.Span;

/** The green / yellow / red light beside a deadline, as a small coloured badge with its word. */
final class Lights {

    private Lights() {
    }

    static String color(DeadlineLight light) {
        if (light == null) {
            return "#9e9e9e";
        }
        return switch (light) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#a15c00"; // amber dark enough for text on white (5.2:1, WCAG AA); #f9a825 was 2:1
            case RED -> "#c62828";
        };
    }

    /** A badge: ● 正常 / 临期 / 超期, or the given text when there is no light (e.g. 已办结). */
    static Span badge(DeadlineLight light, String noLightText) {
        Span s = new Span("● " + (light == null ? noLightText : light.label()));
        s.getStyle().set("color", color(light)).set("font-weight", "600").set("white-space", "nowrap");
        s.getElement().setAttribute("data-light", light == null ? "NONE" : light.name());
        return s;
    }

    /** The result of a handled case: green 按时办结 or red 超时办结; nothing when unknown. */
    static Span handled(Boolean onTime, String onTimeText, String lateText) {
        Span s = new Span(onTime == null ? "" : "● " + (onTime ? onTimeText : lateText));
        s.getStyle().set("color", onTime == null || onTime ? "#2e7d32" : "#c62828").set("font-weight", "600").set("white-space", "nowrap");
        s.getElement().setAttribute("data-light", onTime == null ? "NONE" : onTime ? "ON_TIME" : "LATE");
        return s;
    }

    /** A coloured chip with any text (for answers on the approval board). */
    static Span chip(String text, String background, String color) {
        Span s = new Span(text);
        s.getStyle().set("background", background).set("color", color).set("border-radius", "12px")
                .set("padding", "2px 10px").set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap")
                .set("display", "inline-block");
        return s;
    }
}
