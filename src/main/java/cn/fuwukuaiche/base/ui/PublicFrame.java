package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/**
 * The red band of the public pages (/guide, /lookup, /public/notices): the brand as the page's one {@code h1}, the
 * hall and page name, and the 适老化 large-type switch. It is a {@code <header>} (banner landmark); each page puts
 * its content in a {@code role=main} column, so everything sits in a landmark (axe: region, landmark-one-main).
 */
public final class PublicFrame {

    private PublicFrame() {
    }

    public static Header band(String subtitle) {
        H1 brand = new H1(brandText());
        brand.addClassName("public-brand");
        Span hall = new Span(subtitle);
        hall.addClassName("public-subtitle");
        Div text = new Div(brand, hall);
        Header band = new Header(text, new LargeTypeToggle());
        band.addClassName("public-band");
        return band;
    }

    /** Marks the page's content column as its main landmark. */
    public static <T extends Component> T main(T column) {
        column.getElement().setAttribute("role", "main");
        column.getElement().getClassList().add("public-main");
        return column;
    }

    private static String brandText() {
        return Messages.t("app.brand");
    }
}
