package cn.fuwukuaiche.partylife.pipeline.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.Detail;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.MemberChoice;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineService.StepForm;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.Recommendation;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The dialogs of a person's file: one per step, with the fields that step needs (the date and a note always; who
 * talked; how recommended, 备案 and the 培养联系人; the 入党介绍人; the training's days and hours; the vote's counts; the
 * months of an extension), the refusals beside their fields; and the papers (kept at, waived, uploaded).
 */
class StepDialogs implements Serializable {

    private static final Set<StepKind> VOTES = EnumSet.of(StepKind.ADMIT_VOTE, StepKind.FULL_VOTE);

    private final PipelineFileService files;
    private final PipelineService service;
    private final SerializableRunnable refresh;

    StepDialogs(PipelineFileService files, PipelineService service, SerializableRunnable refresh) {
        this.files = files;
        this.service = service;
        this.refresh = refresh;
    }

    void open(Detail d, StepKind kind) {
        MembershipApplication a = d.application();
        EditDialog dialog = new EditDialog(kind.label() + " · " + a.getPersonName(), "step-save");
        EntityForm f = dialog.form();
        DatePicker on = f.field("date", ChineseDates.picker(Messages.t(VOTES.contains(kind) ? "partylife.pipeline.meetingDate"
                : "partylife.pipeline.date")));
        on.setId("step-date");
        on.setValue(Times.today());
        StepFields x = new StepFields(); // the fields this step has; the others stay null
        switch (kind) {
            case TALK, REVIEW -> {
                x.by = f.field("by", new TextField(Messages.t(kind == StepKind.TALK ? "partylife.pipeline.talkedBy" : "partylife.pipeline.sponsorAuthor")));
                x.by.setId("step-by");
            }
            case MAKE_ACTIVIST, MAKE_CANDIDATE -> {
                if (kind == StepKind.MAKE_ACTIVIST) {
                    x.recommendation = f.field("recommendation", new ComboBox<Recommendation>(Messages.t("partylife.pipeline.recommendation")));
                    x.recommendation.setItems(Recommendation.values());
                    x.recommendation.setItemLabelGenerator(Recommendation::label);
                    x.recommendation.setId("step-recommendation");
                }
                x.filed = f.field("filedOn", ChineseDates.picker(Messages.t("partylife.pipeline.filedOn")));
                x.filed.setId("step-filed");
                x.members = f.field("members", new MultiSelectComboBox<MemberChoice>(Messages.t(kind == StepKind.MAKE_ACTIVIST
                        ? "partylife.pipeline.sponsors" : "partylife.pipeline.introducers")));
                x.members.setItems(files.fullMembers(a.getBranchId()));
                x.members.setItemLabelGenerator(MemberChoice::name);
                x.members.setId("step-members");
                // the refusals of the rules name these fields
                f.bind("sponsors", x.members);
                f.bind("introducers", x.members);
            }
            case TRAINING -> {
                x.days = f.field("trainingDays", new IntegerField(Messages.t("partylife.pipeline.trainingDays")));
                x.days.setId("step-days");
                x.hours = f.field("trainingHours", new IntegerField(Messages.t("partylife.pipeline.trainingHours")));
                x.hours.setId("step-hours");
            }
            case ADMIT_VOTE, FULL_VOTE -> {
                Paragraph entitled = new Paragraph(Messages.t("partylife.pipeline.entitled", d.entitled()));
                entitled.setId("step-entitled");
                f.add(entitled);
                x.present = f.field("present", new IntegerField(Messages.t("partylife.pipeline.present")));
                x.present.setId("step-present");
                x.inFavour = f.field("inFavour", new IntegerField(Messages.t("partylife.pipeline.inFavour")));
                x.inFavour.setId("step-in-favour");
                x.against = f.field("against", new IntegerField(Messages.t("partylife.pipeline.against")));
                x.against.setId("step-against");
                x.abstained = f.field("abstained", new IntegerField(Messages.t("partylife.pipeline.abstained")));
                x.abstained.setId("step-abstained");
            }
            case EXTEND -> {
                x.months = f.field("months", new IntegerField(Messages.t("partylife.pipeline.months")));
                x.months.setId("step-months");
            }
            default -> {
            }
        }
        TextArea note = f.field("note", new TextArea(Messages.t(noteLabel(kind))));
        note.setId("step-note");
        note.setWidthFull();
        dialog.onSave(() -> {
            List<Long> ids = x.members == null ? List.of() : x.members.getValue().stream().map(MemberChoice::staffId).toList();
            String who = value(x.by);
            service.step(a.getId(), a.getVersion(), new StepForm(kind, on.getValue(), note.getValue(), who,
                    value(x.recommendation), value(x.filed), ids, kind == StepKind.REVIEW && who != null && !who.isBlank(),
                    value(x.days), value(x.hours), value(x.present), value(x.inFavour), value(x.against), value(x.abstained),
                    value(x.months)));
            EntityForm.saved(Messages.t("partylife.pipeline.stepDone", kind.label()));
            refresh.run();
        }).open();
    }

    private static String noteLabel(StepKind kind) {
        return switch (kind) {
            case DISQUALIFY, WITHDRAW, EXTEND -> "partylife.pipeline.reason";
            case REVIEW -> "partylife.pipeline.review";
            case POLITICAL_CHECK -> "partylife.pipeline.conclusion";
            case MAKE_CANDIDATE -> "partylife.pipeline.opinions";
            case MAKE_ACTIVIST -> "partylife.pipeline.committee";
            default -> "partylife.pipeline.note";
        };
    }

    /** A step's own fields, each null when the step has none such. */
    private static final class StepFields implements Serializable {
        TextField by;
        ComboBox<Recommendation> recommendation;
        DatePicker filed;
        MultiSelectComboBox<MemberChoice> members;
        IntegerField days;
        IntegerField hours;
        IntegerField present;
        IntegerField inFavour;
        IntegerField against;
        IntegerField abstained;
        IntegerField months;
    }

    /** The value of a field the step may not have: null when it has not. */
    private static <V> V value(HasValue<?, V> f) {
        return f == null ? null : f.getValue();
    }

    /** "Paper kept at" (or, {@code waive}, the leader's waiver with a reason). */
    void paper(long applicationId, PaperKind kind, boolean waive) {
        EditDialog dialog = new EditDialog(kind.label(), waive ? "paper-waive-save" : "paper-keep-save");
        TextField text = dialog.form().field(waive ? "waiverReason" : "keptAt",
                new TextField(Messages.t(waive ? "partylife.pipeline.waiverReason" : "partylife.pipeline.keptAtLabel")));
        text.setId("paper-text");
        text.setWidthFull();
        dialog.onSave(() -> {
            if (waive) {
                files.waivePaper(applicationId, kind, text.getValue());
            } else {
                files.keepPaper(applicationId, kind, text.getValue());
            }
            EntityForm.saved(Messages.t("partylife.pipeline.paperSaved", kind.label()));
            refresh.run();
        }).open();
    }

    void upload(long applicationId, PaperKind kind) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(kind.label());
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Upload upload = new Upload(LimitedUpload.inMemory(5L * 1024 * 1024, (meta, bytes) -> {
            try {
                files.uploadPaper(applicationId, kind, meta.fileName(), meta.contentType(), bytes);
                dialog.close();
                EntityForm.saved(Messages.t("partylife.pipeline.paperSaved", kind.label()));
                refresh.run();
            } catch (BusinessException e) {
                error.setText(e.getMessage());
            }
        }, () -> error.setText(Messages.t("partylife.pipeline.tooBig"))));
        upload.setId("paper-upload");
        error.setId("paper-upload-error");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setI18n(ChineseUploads.i18n(Messages.t("partylife.pipeline.upload"), Messages.t("partylife.pipeline.tooBig"),
                Messages.t("partylife.pipeline.wrongType"), 1));
        dialog.add(upload, error);
        dialog.getFooter().add(new Button(Messages.t("action.cancel"), e -> dialog.close()));
        dialog.open();
    }
}
