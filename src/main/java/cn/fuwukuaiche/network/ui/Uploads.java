package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;

import java.util.function.Function;

/** An Excel import button: one .xlsx, read in memory, handed to the service; refusals shown in Chinese. */
final class Uploads {

    /** Enforced on the server too (LimitedUpload), not only in the browser. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private Uploads() {
    }

    static Upload excel(String id, Function<byte[], String> importer, Runnable after) {
        Upload[] self = new Upload[1];
        Upload upload = new Upload(LimitedUpload.inMemory(MAX_BYTES, (meta, bytes) -> {
            try {
                String message = importer.apply(bytes);
                Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                after.run();
            } catch (BusinessException ex) {
                Notification n = Notification.show(ex.getMessage(), 10000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            } finally {
                self[0].clearFileList();
            }
        }, () -> Notification.show(Messages.t("network.import.tooBig"), 10000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR)));
        self[0] = upload;
        upload.setId(id);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setI18n(ChineseUploads.i18n(Messages.t("network.import.button"), Messages.t("network.import.tooBig"),
                Messages.t("network.import.wrongType"), 1));
        return upload;
    }
}
