package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.ui.PublicFrame;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The frame of the phone-sized public pages: a red band with the brand, content at most 480 px wide. */
abstract class PublicPage extends VerticalLayout {

    PublicPage(String titleKey) {
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        getStyle().set("background", "#fffaf5").set("min-height", "100vh");
        addClassName("public-page");
        Header band = PublicFrame.band(getTranslation("app.hall") + " · " + getTranslation(titleKey));
        add(band);
    }

    /** The column the page's content goes in. */
    VerticalLayout column() {
        VerticalLayout col = new VerticalLayout();
        col.setWidthFull();
        col.setMaxWidth("480px");
        PublicFrame.main(col);
        col.getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
        add(col);
        return col;
    }

    static Div card() {
        Div d = new Div();
        d.getStyle().set("background", "#fff").set("border-radius", "8px").set("box-shadow", "0 1px 3px rgba(0,0,0,.12)")
                .set("padding", "12px 14px").set("width", "100%").set("box-sizing", "border-box");
        d.addClassName("public-card");
        return d;
    }
}
