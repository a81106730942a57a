package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/** Small pieces the honour pages share. */
final class HonourUi {

    private HonourUi() {
    }

    static String month(YearMonth m) {
        return Messages.t("honour.month", m.getYear(), m.getMonthValue());
    }

    static String points(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static Span badge(String text, String background, String color) {
        Span s = new Span(text);
        s.getStyle().set("background", background).set("color", color).set("border-radius", "1em")
                .set("padding", "0.1em 0.6em").set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return s;
    }

    static Span muted(String text) {
        Span s = new Span(text);
        s.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return s;
    }

    static void success(String text) {
        Notification.show(text, 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A refusal beside its field when the form has that field, else as a notification. */
    static void show(BusinessException e, Map<String, ? extends HasValidation> fields) {
        EntityForm.show(e, fields);
    }

    static Image photo(byte[] bytes, String name) {
        Image img = new Image();
        if (bytes != null) {
            img.setSrc(new StreamResource("photo-" + Math.abs(name.hashCode()) + ".jpg", () -> new ByteArrayInputStream(bytes)));
        }
        img.setAlt(name);
        img.setWidth("96px");
        img.setHeight("120px");
        img.getStyle().set("object-fit", "cover").set("border-radius", "6px").set("background", "#f3e5e5");
        return img;
    }
}
