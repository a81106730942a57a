package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** An Excel import button: one .xlsx, read in memory, handed to the service; refusals shown in Chinese. */
final class Uploads {

    private Uploads() {
    }

    @SuppressWarnings("deprecation")
    static Upload excel(String id, Function<byte[], String> importer, Runnable after) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId(id);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setDropAllowed(false);
        upload.setI18n(ChineseUploads.i18n(Messages.t("network.import.button"), Messages.t("network.import.tooBig"),
                Messages.t("network.import.wrongType"), 1));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                String message = importer.apply(in.readAllBytes());
                Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                after.run();
            } catch (BusinessException ex) {
                Notification n = Notification.show(ex.getMessage(), 10000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } finally {
                upload.clearFileList();
            }
        });
        return upload;
    }
}
