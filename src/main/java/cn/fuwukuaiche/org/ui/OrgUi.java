package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.control.BusinessException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Small pieces the organisation views share: Excel download links, filter boxes, errors beside fields. */
final class OrgUi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private OrgUi() {
    }

    /** A button that downloads what {@code bytes} makes at the moment of the click (filters applied). */
    static Anchor download(String id, String label, String fileName, SerializableSupplier<byte[]> bytes) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(bytes.get()));
        resource.setContentType(XLSX);
        Anchor a = new Anchor(resource, "");
        a.getElement().setAttribute("download", true);
        a.add(new Button(label, VaadinIcon.DOWNLOAD.create()));
        a.setId(id);
        return a;
    }

    static <T> ComboBox<T> filter(String label, Collection<T> items) {
        ComboBox<T> box = new ComboBox<>(label);
        box.setItems(List.copyOf(items));
        box.setClearButtonVisible(true);
        box.setWidth("11em");
        return box;
    }

    /** Shows a service's refusal beside its field, or as a notification when it names none we show. */
    static void show(BusinessException e, Map<String, ? extends HasValidation> fields) {
        EntityForm.show(e, fields);
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void ok(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The upload component's own texts, in Chinese. */
    static UploadI18N uploadI18n(String fileKind, String maxSize) {
        return ChineseUploads.i18n(Messages.t("org.upload.add", fileKind), Messages.t("org.upload.tooBig", fileKind, maxSize),
                Messages.t("org.upload.wrongType", fileKind), 1);
    }
}
