package cn.fuwukuaiche.honour.star.ui;

import cn.fuwukuaiche.honour.star.entity.StarKind;
import com.vaadin.flow.component.html.Span;

/** Small shared pieces of the star pages. */
final class StarUi {

    private StarUi() {
    }

    static Span badge(String text, String background, String color) {
        Span s = new Span(text);
        s.getStyle().set("background", background).set("color", color).set("padding", "0.1em 0.6em")
                .set("border-radius", "0.8em").set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return s;
    }

    static Span starBadge(StarKind star) {
        return badge("★ " + star.label(), "#fff1cc", "#b5121b");
    }
}
