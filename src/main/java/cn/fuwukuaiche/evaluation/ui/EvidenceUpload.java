package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.evaluation.control.RectificationService;
import cn.fuwukuaiche.evaluation.control.RectificationService.EvidenceFile;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.ArrayList;
import java.util.List;

/** Evidence for a call-back or a fix: JPG, PNG or PDF, up to 5 files of 5 MB, kept in memory until saved. */
public class EvidenceUpload extends Div implements HasValidation {

    private final List<EvidenceFile> files = new ArrayList<>();
    private final Upload upload = new Upload(LimitedUpload.inMemory(RectificationService.MAX_EVIDENCE_BYTES, (meta, bytes) -> {
        this.files.add(new EvidenceFile(meta.fileName(), meta.contentType(), bytes));
        setInvalid(false);
    }, () -> {
        setErrorMessage(chinese().getError().getFileIsTooBig());
        setInvalid(true);
    }));
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
        return ChineseUploads.i18n(Messages.t("evidence.upload.add"), Messages.t("evidence.upload.tooBig"),
                Messages.t("evidence.upload.wrongType"), 5);
    }
}
