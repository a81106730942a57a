package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
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
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Messages.t("network.import.button")).setMany(Messages.t("network.import.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("").setMany(""));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(Messages.t("network.import.tooBig"))
                .setIncorrectFileType(Messages.t("network.import.wrongType")).setTooManyFiles(Messages.t("network.import.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setStalled("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(Messages.t("network.import.failed"))
                        .setUnexpectedServerError(Messages.t("network.import.failed")).setForbidden(Messages.t("network.import.failed"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        upload.setI18n(i18n);
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
