package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.AssessmentEvidenceInfo;
import cn.fuwukuaiche.evaluation.control.AssessmentService;
import cn.fuwukuaiche.evaluation.control.AssessmentSheet;
import cn.fuwukuaiche.evaluation.control.RankingService;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentAction;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentEvidencePolicy;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigureRules;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.BonusRule;
import cn.fuwukuaiche.evaluation.control.scheme.DeductionRule;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefinition;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeItem;
import cn.fuwukuaiche.evaluation.control.scheme.VetoRule;
import cn.fuwukuaiche.evaluation.entity.AssessmentCorrection;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import cn.fuwukuaiche.base.ui.DecisionDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.Dependent;

/**
 * One monthly sheet (考评表): staff fill in the figures the ratings cannot give (counts per deduction and bonus,
 * vetoes with their grounds, a self-assessment note) and attach evidence, then submit; the secretary approves
 * or returns it with a reason shown here; the leader corrects a confirmed sheet only with a reason. Computed
 * rules (the 差评 count) show their figure from the ratings and cannot be typed over.
 */
@Dependent
@Route("evaluation/sheet")
@PageTitle("考评表 · 服务快车")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class AssessmentSheetView extends VerticalLayout implements HasUrlParameter<Long> {

    private final AssessmentService assessments;
    private final RankingService ranking;
    private final Map<String, IntegerField> counts = new LinkedHashMap<>();
    private final Map<String, Checkbox> vetoes = new LinkedHashMap<>();
    private final Map<String, TextField> notes = new HashMap<>();
    private final TextArea selfNote = new TextArea();
    private final TextArea correctReason = new TextArea();
    private AssessmentSheet sheet;
    private boolean correcting;
    /** The sheet's fields by the names the service uses (rule codes, selfNote, reason): refusals stand beside them. */
    private EntityForm form = new EntityForm();

    private final PersonNames names;

    @Inject
    public AssessmentSheetView(AssessmentService assessments, RankingService ranking, PersonNames names) {
        this.names = names;
        this.assessments = assessments;
        this.ranking = ranking;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    private void load(long id) {
        try {
            sheet = assessments.sheet(id);
        } catch (BusinessException e) {
            removeAll();
            Paragraph p = new Paragraph(e.getMessage());
            p.setId("sheet-refused");
            add(p);
            return;
        }
        correcting = false;
        render();
    }

    private boolean editable() {
        return sheet.may(AssessmentAction.EDIT) || correcting;
    }

    private void render() {
        removeAll();
        form = new EntityForm();
        form.bind("selfNote", selfNote);
        form.bind("reason", correctReason);
        counts.clear();
        vetoes.clear();
        notes.clear();
        RankingRow row = sheet.place().item();
        H2 title = new H2(getTranslation("sheet.heading", sheet.periodLabel(), sheet.kind().label(), sheet.subjectLabel()));
        title.setId("sheet-title");
        Span status = AssessmentUi.statusBadge(sheet.status());
        status.setId("sheet-status");
        HorizontalLayout head = new HorizontalLayout(status, new Span(sheet.scheme().label()),
                new Span(sheet.branchName() == null ? "" : sheet.branchName()));
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(title, head);

        if (sheet.status() == AssessmentStatus.RETURNED && sheet.returnReason() != null) {
            Div banner = new Div(new Span(getTranslation("sheet.returned", sheet.reviewedBy() == null ? "" : sheet.reviewedBy(),
                    sheet.returnReason())));
            banner.setId("sheet-return-reason");
            banner.getStyle().set("background", "#fde2e2").set("color", "#a8071a").set("padding", "0.6em 1em")
                    .set("border-radius", "6px").set("width", "100%").set("box-sizing", "border-box");
            add(banner);
        }

        Span score = new Span(getTranslation("sheet.score", AssessmentUi.points(row.total()), sheet.place().rank(),
                sheet.place().tied() ? getTranslation("ranking.tied") : ""));
        score.setId("sheet-score");
        score.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Button explain = new Button(getTranslation("ranking.explain"), VaadinIcon.QUESTION_CIRCLE_O.create(), e -> explain());
        explain.setId("sheet-explain");
        explain.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout scoreLine = new HorizontalLayout(score, explain);
        scoreLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (!row.eligibleForRedFlag()) {
            scoreLine.add(AssessmentUi.badge(getTranslation("explain.veto"), "#fde2e2", "#a8071a"));
        }
        add(scoreLine);

        figures(row);

        selfNote.setLabel(getTranslation("sheet.selfNote"));
        selfNote.setId("sheet-self-note");
        selfNote.setWidthFull();
        selfNote.setMaxLength(1000);
        selfNote.setValue(sheet.selfNote() == null ? "" : sheet.selfNote());
        selfNote.setReadOnly(!editable());
        add(selfNote);

        evidence();
        history();
        buttons();
    }

    private void figures(RankingRow row) {
        SchemeDefinition d = sheet.scheme().definition();
        for (SchemeItem item : d.items()) {
            H4 h = new H4(getTranslation("sheet.item", item.name(), AssessmentUi.points(item.maxPoints()),
                    AssessmentUi.points(row.score().itemScores().get(item.code()))));
            add(h);
            for (DeductionRule rule : d.deductions()) {
                if (!rule.itemCode().equals(item.code())) {
                    continue;
                }
                String perEvent = rule.cap() == null
                        ? getTranslation("sheet.deductionNoCap", AssessmentUi.points(rule.pointsPerEvent()))
                        : getTranslation("sheet.deduction", AssessmentUi.points(rule.pointsPerEvent()), AssessmentUi.points(rule.cap()));
                if (sheet.scheme().feed(rule.code()).computed()) {
                    Span auto = new Span(getTranslation("sheet.computed", row.badCount()));
                    auto.setId("fig-" + rule.code());
                    add(ruleRow(rule.name(), perEvent, auto, null));
                } else {
                    add(ruleRow(rule.name(), perEvent, countField(rule.code()), noteField(rule.code())));
                }
            }
        }
        if (!d.bonuses().isEmpty()) {
            add(new H4(getTranslation("sheet.bonuses", AssessmentUi.points(d.bonusCap()))));
            for (BonusRule rule : d.bonuses()) {
                String perEvent = rule.cap() == null
                        ? getTranslation("sheet.bonusNoCap", AssessmentUi.points(rule.pointsPerEvent()))
                        : getTranslation("sheet.bonus", AssessmentUi.points(rule.pointsPerEvent()), AssessmentUi.points(rule.cap()));
                add(ruleRow(rule.name(), perEvent, countField(rule.code()), noteField(rule.code())));
            }
        }
        if (!d.vetoes().isEmpty()) {
            add(new H4(getTranslation("sheet.vetoes")));
            for (VetoRule rule : d.vetoes()) {
                Checkbox box = new Checkbox(getTranslation("sheet.vetoTriggered"));
                box.setId("fig-" + rule.code());
                AssessmentFigure f = sheet.figures().get(rule.code());
                box.setValue(f != null && f.tally() > 0);
                box.setReadOnly(!editable());
                vetoes.put(rule.code(), box);
                add(ruleRow(rule.name(), getTranslation("sheet.vetoHint"), box, form.bind(rule.code(), noteField(rule.code()))));
            }
        }
    }

    private IntegerField countField(String code) {
        IntegerField f = new IntegerField();
        f.setId("fig-" + code);
        f.setMin(0);
        f.setMax(AssessmentFigureRules.MAX_TALLY);
        f.setStepButtonsVisible(true);
        f.setWidth("8em");
        f.setSuffixComponent(new Span(getTranslation("sheet.times")));
        f.setAriaLabel(getTranslation("sheet.timesLabel"));
        AssessmentFigure fig = sheet.figures().get(code);
        f.setValue(fig == null ? 0 : fig.tally());
        f.setReadOnly(!editable());
        counts.put(code, f);
        return form.bind(code, f, v -> v != null && (v < 0 || v > AssessmentFigureRules.MAX_TALLY)
                ? Optional.of(getTranslation("sheet.badCount", AssessmentFigureRules.MAX_TALLY)) : Optional.empty());
    }

    private TextField noteField(String code) {
        TextField n = new TextField();
        n.setId("note-" + code);
        n.setPlaceholder(getTranslation("sheet.notePlaceholder"));
        n.setMaxLength(500);
        n.setWidth("24em");
        AssessmentFigure fig = sheet.figures().get(code);
        n.setValue(fig == null || fig.note() == null ? "" : fig.note());
        n.setReadOnly(!editable());
        notes.put(code, n);
        return n;
    }

    private Component ruleRow(String name, String hint, Component value, Component note) {
        Span label = new Span(name);
        label.setWidth("11em");
        label.getStyle().set("font-weight", "500");
        Span h = new Span(hint);
        h.setWidth("13em");
        h.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout r = new HorizontalLayout(label, h, value);
        if (note != null) {
            r.add(note);
        }
        r.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        r.setWrap(true);
        return r;
    }

    private void evidence() {
        add(new H4(getTranslation("sheet.evidence")));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("sheet-evidence");
        for (AssessmentEvidenceInfo f : sheet.evidence()) {
            Anchor a = new Anchor(new StreamResource(f.fileName(),
                    () -> new ByteArrayInputStream(assessments.evidenceFile(f.id()).content())),
                    f.fileName() + "（" + f.sizeLabel() + "）");
            a.getElement().setAttribute("download", true);
            a.getElement().insertChild(0, VaadinIcon.PAPERCLIP.create().getElement());
            HorizontalLayout line = new HorizontalLayout(a, new Span(ruleName(f.ruleCode())),
                    new Span(Times.format(f.uploadedAt()) + " " + f.uploadedBy()));
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            if (sheet.may(AssessmentAction.EDIT)) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> run(() -> assessments.removeEvidence(f.id(),
                        f.entityVersion()), getTranslation("sheet.evidenceRemoved")));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("sheet.evidenceRemove"));
                line.add(remove);
            }
            list.add(line);
        }
        if (sheet.evidence().isEmpty()) {
            list.add(new Span(getTranslation("sheet.noEvidence")));
        }
        add(list);
        if (sheet.may(AssessmentAction.EDIT)) {
            ComboBox<String> rule = new ComboBox<>(getTranslation("sheet.evidenceRule"));
            Map<String, String> names = new LinkedHashMap<>();
            sheet.scheme().definition().deductions().stream().filter(d -> !sheet.scheme().feed(d.code()).computed())
                    .forEach(d -> names.put(d.code(), d.name()));
            sheet.scheme().definition().bonuses().forEach(b -> names.put(b.code(), b.name()));
            sheet.scheme().definition().vetoes().forEach(v -> names.put(v.code(), v.name()));
            rule.setItems(names.keySet());
            rule.setItemLabelGenerator(names::get);
            rule.setClearButtonVisible(true);
            rule.setId("sheet-evidence-rule");
            Upload upload = new Upload(LimitedUpload.inMemory(AssessmentEvidencePolicy.MAX_BYTES, (meta, bytes) -> {
                try {
                    assessments.addEvidence(sheet.id(), rule.getValue(), meta.fileName(), bytes);
                    AssessmentUi.success(getTranslation("sheet.evidenceAdded", meta.fileName()));
                    load(sheet.id());
                } catch (BusinessException e) {
                    AssessmentUi.error(e.getMessage());
                }
            }, () -> AssessmentUi.error(chineseUpload().getError().getFileIsTooBig())));
            upload.setId("sheet-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(AssessmentEvidencePolicy.MAX_BYTES);
            upload.setAcceptedFileTypes(AssessmentEvidencePolicy.ACCEPTED);
            upload.setI18n(chineseUpload());
            upload.addFileRejectedListener(e -> AssessmentUi.error(e.getErrorMessage()));
            HorizontalLayout up = new HorizontalLayout(rule, upload);
            up.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
            up.setWrap(true);
            add(up, new Span(getTranslation("sheet.evidenceHint")));
        }
    }

    private String ruleName(String code) {
        if (code == null) {
            return "";
        }
        SchemeDefinition d = sheet.scheme().definition();
        return d.deduction(code).map(DeductionRule::name).or(() -> d.bonus(code).map(BonusRule::name))
                .or(() -> d.veto(code).map(VetoRule::name)).orElse(code);
    }

    private void history() {
        VerticalLayout h = new VerticalLayout();
        h.setPadding(false);
        h.setSpacing(false);
        h.setId("sheet-history");
        if (sheet.submittedAt() != null) {
            h.add(new Span(getTranslation("sheet.submittedBy", Times.format(sheet.submittedAt()), sheet.submittedBy())));
        }
        if (sheet.reviewedAt() != null) {
            h.add(new Span(getTranslation(sheet.status() == AssessmentStatus.RETURNED ? "sheet.returnedBy" : "sheet.reviewedBy",
                    Times.format(sheet.reviewedAt()), sheet.reviewedBy())));
        }
        if (sheet.confirmedAt() != null) {
            h.add(new Span(getTranslation("sheet.confirmedBy", Times.format(sheet.confirmedAt()), sheet.confirmedBy())));
        }
        for (AssessmentCorrection c : sheet.corrections()) {
            h.add(new Span(getTranslation("sheet.correction", Times.format(c.getCorrectedAt()), names.of(c.getCorrectedBy()),
                    AssessmentUi.points(c.getTotalBefore()), AssessmentUi.points(c.getTotalAfter()), c.getReason())));
        }
        if (h.getComponentCount() > 0) {
            add(new H4(getTranslation("sheet.history")), h);
        }
    }

    private void buttons() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("sheet-actions");
        if (sheet.may(AssessmentAction.EDIT)) {
            Button save = new Button(getTranslation("action.save"), e -> save(false));
            save.setId("sheet-save");
            bar.add(save);
        }
        if (sheet.may(AssessmentAction.SUBMIT)) {
            Button submit = new Button(getTranslation("sheet.submit"), VaadinIcon.PAPERPLANE.create(), e -> save(true));
            submit.setId("sheet-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(submit);
        }
        if (sheet.may(AssessmentAction.APPROVE)) {
            Button approve = new Button(getTranslation("sheet.approve"), VaadinIcon.CHECK.create(),
                    e -> run(() -> assessments.approve(sheet.id(), sheet.entityVersion()), getTranslation("sheet.approved")));
            approve.setId("sheet-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            bar.add(approve);
        }
        if (sheet.may(AssessmentAction.RETURN)) {
            Button back = new Button(getTranslation("sheet.return"), VaadinIcon.ARROW_BACKWARD.create(), e -> askReturn());
            back.setId("sheet-return");
            back.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(back);
        }
        if (sheet.may(AssessmentAction.CORRECT) && !correcting) {
            Button correct = new Button(getTranslation("sheet.correct"), VaadinIcon.EDIT.create(), e -> {
                correcting = true;
                render();
            });
            correct.setId("sheet-correct");
            bar.add(correct);
        }
        if (correcting) {
            correctReason.setLabel(getTranslation("sheet.correctReason"));
            correctReason.setId("correct-reason");
            correctReason.setWidthFull();
            correctReason.setRequiredIndicatorVisible(true);
            add(correctReason);
            Button save = new Button(getTranslation("sheet.correctSave"), e -> correct());
            save.setId("correct-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("action.cancel"), e -> load(sheet.id()));
            bar.add(save, cancel);
        }
        Button back = new Button(getTranslation("sheet.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AssessmentListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(back);
        add(bar);
    }

    private Map<String, AssessmentFigure> collect() {
        Map<String, AssessmentFigure> result = new LinkedHashMap<>();
        counts.forEach((code, f) -> {
            int v = f.getValue() == null ? 0 : f.getValue();
            String note = notes.get(code).getValue();
            result.put(code, new AssessmentFigure(code, Math.max(0, v), note));
        });
        vetoes.forEach((code, box) -> result.put(code, new AssessmentFigure(code, box.getValue() ? 1 : 0,
                notes.get(code).getValue())));
        return result;
    }

    private void save(boolean submit) {
        run(() -> {
            assessments.save(sheet.id(), sheet.entityVersion(), collect(), selfNote.getValue());
            if (submit) {
                long version = assessments.sheet(sheet.id()).entityVersion();
                assessments.submit(sheet.id(), version);
            }
        }, getTranslation(submit ? "sheet.submitted" : "sheet.saved"));
    }

    private void correct() {
        run(() -> assessments.correct(sheet.id(), sheet.entityVersion(), collect(), selfNote.getValue(), correctReason.getValue()),
                getTranslation("sheet.corrected"));
    }

    private void askReturn() {
        DecisionDialog d = new DecisionDialog(getTranslation("sheet.returnTitle", sheet.subjectLabel()),
                getTranslation("sheet.returnReason"), "reason", "return-reason")
                .decision(getTranslation("sheet.return"), "return-confirm",
                        why -> assessments.returnSheet(sheet.id(), sheet.entityVersion(), why),
                        ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR)
                .then(getTranslation("sheet.returnedDone"), () -> load(sheet.id()));
        d.reason().setWidth("28em");
        d.reason().setMaxLength(500);
        d.reason().setRequiredIndicatorVisible(true);
        d.open();
    }

    /** A step on the sheet through its form: refusals beside their fields, a stale sheet as 数据已被他人修改. */
    private void run(SerializableRunnable action, String done) {
        if (form.save(action)) {
            AssessmentUi.success(done);
            load(sheet.id());
        }
    }

    private void explain() {
        try {
            long subjectId = sheet.staffId() != null ? sheet.staffId() : sheet.windowId();
            new RankingExplanationDialog(ranking.explain(sheet.kind(), YearMonth.of(sheet.periodYm() / 100, sheet.periodYm() % 100),
                    subjectId), ranking, assessments).open();
        } catch (BusinessException e) {
            AssessmentUi.error(e.getMessage());
        }
    }

    static UploadI18N chineseUpload() {
        return ChineseUploads.i18n(Messages.t("sheet.upload.add"), Messages.t("evidence.upload.tooBig"),
                Messages.t("sheet.upload.wrongType"), 1);
    }
}
