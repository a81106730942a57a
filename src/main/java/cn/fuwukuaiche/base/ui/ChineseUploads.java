package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/**
 * The upload component's own texts in Chinese, from the bundle. Each page says what the button offers and
 * what it refuses (its file kinds and size); the rest (progress, server errors, retry) is the same everywhere.
 */
public final class ChineseUploads {

    private ChineseUploads() {
    }

    /**
     * @param addLabel  the button, e.g. "上传佐证材料…"
     * @param tooBig    shown when a file is over the size limit, e.g. "文件超过 5 MB"
     * @param wrongType shown for a file type the page does not accept
     * @param maxFiles  how many files one upload takes
     */
    public static UploadI18N i18n(String addLabel, String tooBig, String wrongType, int maxFiles) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Messages.t("upload.drop")).setMany(Messages.t("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(addLabel).setMany(addLabel));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(maxFiles == 1 ? Messages.t("upload.tooManyOne") : Messages.t("upload.tooMany", maxFiles))
                .setFileIsTooBig(tooBig).setIncorrectFileType(wrongType));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(Messages.t("upload.connecting"))
                        .setStalled(Messages.t("upload.stalled")).setProcessing(Messages.t("upload.processing"))
                        .setHeld(Messages.t("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(Messages.t("upload.remaining"))
                        .setUnknown(Messages.t("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(Messages.t("upload.serverUnavailable"))
                        .setUnexpectedServerError(Messages.t("upload.serverError")).setForbidden(Messages.t("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File().setRetry(Messages.t("upload.retry")).setStart(Messages.t("upload.start"))
                .setRemove(Messages.t("upload.remove")));
        return i18n;
    }
}
