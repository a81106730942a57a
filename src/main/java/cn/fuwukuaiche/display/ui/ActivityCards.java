package cn.fuwukuaiche.display.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.display.control.DisplayFeed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The 创先争优 panel of a screen: up to four activities, each with its photo, title, day, branch and a head count. */
final class ActivityCards {

    static final int MAX_SHOWN = 4;

    private ActivityCards() {
    }

    static void fill(List<DisplayFeed.Activity> activities, Div body) {
        body.addClassName("activity-cards");
        activities.stream().limit(MAX_SHOWN).forEach(a -> body.add(card(a)));
    }

    private static Div card(DisplayFeed.Activity a) {
        Div card = new Div();
        card.addClassName("activity-card");
        card.getElement().setAttribute("data-activity", String.valueOf(a.id()));
        if (a.photoUrl() != null) {
            Image photo = new Image(a.photoUrl().substring(1), a.title());
            photo.addClassName("activity-photo");
            card.add(photo);
        } else {
            Div none = new Div(text(a.kind(), "activity-photo-kind"));
            none.addClassNames("activity-photo", "activity-photo-none");
            card.add(none);
        }
        card.add(text(a.title(), "activity-title"), text(a.date() + " · " + a.branch(), "activity-when"),
                text(Messages.t("display.activity.line", a.series(), a.kind(), a.people()), "activity-line"));
        return card;
    }

    private static Span text(String s, String cls) {
        Span span = new Span(s == null ? "" : s);
        span.addClassName(cls);
        return span;
    }
}
