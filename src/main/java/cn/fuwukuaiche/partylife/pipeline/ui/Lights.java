package cn.fuwukuaiche.partylife.pipeline.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.calendar.DeadlineLight;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;

/** A clock as a coloured badge: what, by when, and its light (正常 / 临期 / 超期). */
final class Lights {

    private Lights() {
    }

    static Span badge(String what, LocalDate due, DeadlineLight light) {
        if (due == null || light == null) {
            return new Span("");
        }
        Span s = new Span(what + " " + Times.format(due) + " · " + light.label());
        s.addClassNames("pipeline-light", "light-" + light.name().toLowerCase());
        String bg = switch (light) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#f9a825";
            case RED -> "#c62828";
        };
        s.getStyle().set("background", bg).set("color", light == DeadlineLight.YELLOW ? "#222" : "#fff").set("padding", "2px 8px")
                .set("border-radius", "4px").set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return s;
    }
}
