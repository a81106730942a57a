package cn.fuwukuaiche.network.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The frame of the phone-sized public pages: a red band with the brand, content at most 480 px wide. */
abstract class PublicPage extends VerticalLayout {

    PublicPage(String titleKey) {
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        getStyle().set("background", "#fffaf5").set("min-height", "100vh");
        H1 brand = new H1(getTranslation("app.brand"));
        brand.getStyle().set("color", "#f5c542").set("margin", "0").set("font-size", "1.6rem").set("letter-spacing", "0.2em");
        Span hall = new Span(getTranslation("app.hall") + " · " + getTranslation(titleKey));
        hall.getStyle().set("color", "#fff").set("font-size", "var(--lumo-font-size-s)");
        Div band = new Div(brand, hall);
        band.getStyle().set("background", "linear-gradient(160deg, #8b0000, #c8102e)").set("padding", "14px 16px")
                .set("width", "100%").set("box-sizing", "border-box");
        add(band);
    }

    /** The column the page's content goes in. */
    VerticalLayout column() {
        VerticalLayout col = new VerticalLayout();
        col.setWidthFull();
        col.setMaxWidth("480px");
        col.getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
        add(col);
        return col;
    }

    static Div card() {
        Div d = new Div();
        d.getStyle().set("background", "#fff").set("border-radius", "8px").set("box-shadow", "0 1px 3px rgba(0,0,0,.12)")
                .set("padding", "12px 14px").set("width", "100%").set("box-sizing", "border-box");
        return d;
    }
}
