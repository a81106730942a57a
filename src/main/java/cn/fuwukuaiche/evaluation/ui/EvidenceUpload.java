package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.evaluation.control.RectificationService;
import cn.fuwukuaiche.evaluation.control.RectificationService.EvidenceFile;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Evidence for a call-back or a fix: JPG, PNG or PDF, up to 5 files of 5 MB, kept in memory until saved. */
@SuppressWarnings("deprecation")
public class EvidenceUpload extends Div implements HasValidation {

    private final MultiFileMemoryBuffer buffer = new MultiFileMemoryBuffer();
    private final Upload upload = new Upload(buffer);
    private final List<EvidenceFile> files = new ArrayList<>();
    private final Span label = new Span();
    private final Span error = new Span();

    public EvidenceUpload(String labelText) {
        addClassName("evidence-upload");
        label.setText(labelText);
        label.addClassName("evidence-label");
        error.addClassName("evidence-error");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.setMaxFiles(RectificationService.MAX_EVIDENCE_FILES);
        upload.setMaxFileSize(RectificationService.MAX_EVIDENCE_BYTES);
        upload.setI18n(chinese());
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream(e.getFileName())) {
                files.add(new EvidenceFile(e.getFileName(), e.getMIMEType(), in.readAllBytes()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            setInvalid(false);
        });
        upload.addFileRejectedListener(e -> {
            setErrorMessage(e.getErrorMessage());
            setInvalid(true);
        });
        add(label, upload, error);
    }

    public void setUploadId(String id) {
        upload.setId(id);
    }

    public List<EvidenceFile> files() {
        return List.copyOf(files);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    static UploadI18N chinese() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("将文件拖放到此处").setMany("将文件拖放到此处"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("文件过多，最多 5 个").setFileIsTooBig("文件超过 5 MB")
                .setIncorrectFileType("只能上传 JPG、PNG 或 PDF"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("连接中…").setStalled("已暂停").setProcessing("处理中…")
                        .setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：").setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器无响应").setUnexpectedServerError("服务器错误")
                        .setForbidden("无权上传")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        return i18n;
    }
}
