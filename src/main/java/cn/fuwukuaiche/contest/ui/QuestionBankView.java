package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.contest.control.QuestionBankService;
import cn.fuwukuaiche.contest.control.QuestionImport;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.QuestionType;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/** The question bank (题库): list, edit, enable/disable, Excel import with a row-by-row preview, export. */
@Dependent
@Route("contests/questions")
@Menu(title = "menu.questions", order = 46, icon = "vaadin:book")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class QuestionBankView extends VerticalLayout implements HasDynamicTitle {

    /** Enforced on the server too (LimitedUpload), not only in the browser. */
    private static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    private final QuestionBankService contests;
    private final Grid<Question> grid = new Grid<>();

    @Inject
    public QuestionBankView(QuestionBankService contests) {
        this.contests = contests;
        setSizeFull();
        Button create = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("question-new");
        Anchor export = new Anchor(new StreamResource(getTranslation("contest.bank.file"), () -> new ByteArrayInputStream(QuestionImport.export(contests.questions()))), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("questions-export");

        Upload[] self = new Upload[1];
        Upload upload = new Upload(LimitedUpload.inMemory(MAX_IMPORT_BYTES, (meta, bytes) -> {
            try {
                preview(QuestionImport.read(new ByteArrayInputStream(bytes)), meta.fileName());
            } catch (RuntimeException ex) {
                Notification.show(ex instanceof BusinessException ? ex.getMessage() : getTranslation("contest.bank.unreadable"), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            self[0].clearFileList();
        }, () -> Notification.show(chineseUpload().getError().getFileIsTooBig(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR)));
        self[0] = upload;
        upload.setId("questions-import");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.setI18n(chineseUpload());
        upload.setUploadButton(new Button(getTranslation("contest.import"), VaadinIcon.UPLOAD.create()));

        grid.setId("questions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Question::getCategory).setHeader(getTranslation("contest.question.category")).setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> Question.difficultyLabel(q.getDifficulty())).setHeader(getTranslation("contest.question.difficulty")).setAutoWidth(true);
        grid.addColumn(q -> q.getType().label()).setHeader(getTranslation("contest.question.type")).setAutoWidth(true);
        grid.addColumn(Question::getStem).setHeader(getTranslation("contest.question.stem")).setFlexGrow(3);
        grid.addColumn(q -> String.join(" / ", q.getOptionList())).setHeader(getTranslation("contest.question.options")).setFlexGrow(2);
        grid.addColumn(q -> q.getType() == QuestionType.TRUE_FALSE ? trueFalse(q.getAnswerKey()) : q.getAnswerKey())
                .setHeader(getTranslation("contest.question.answer")).setAutoWidth(true);
        grid.addColumn(q -> getTranslation(q.isActive() ? "contest.question.active" : "contest.question.inactive")).setHeader(getTranslation("contest.status")).setAutoWidth(true);
        grid.addComponentColumn(q -> {
            Button e = new Button(getTranslation("action.edit"), ev -> edit(q));
            e.setId("question-edit-" + q.getId());
            Button t = new Button(getTranslation(q.isActive() ? "contest.question.deactivate" : "contest.question.activate"), ev -> {
                contests.setQuestionActive(q.getId(), !q.isActive());
                refresh();
            });
            return new HorizontalLayout(e, t);
        }).setAutoWidth(true);
        HorizontalLayout bar = new HorizontalLayout(create, export, upload);
        bar.setDefaultVerticalComponentAlignment(Alignment.START);
        add(new H2(getTranslation("contest.bank.title")), new Paragraph(getTranslation("contest.bank.hint")), bar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.bank.pageTitle");
    }

    private void refresh() {
        grid.setItems(contests.questions());
    }

    /** A true/false question's key "T"/"F" as the bank writes it (对/错). */
    private String trueFalse(String key) {
        return getTranslation("T".equals(key) ? "contest.question.true" : "contest.question.false");
    }

    private void preview(List<QuestionImport.Row> rows, String fileName) {
        long bad = rows.stream().filter(r -> r.error() != null).count();
        Dialog d = new Dialog(getTranslation("contest.import.title", fileName));
        d.setWidth("1000px");
        Grid<QuestionImport.Row> g = new Grid<>();
        g.setId("import-preview");
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.addColumn(QuestionImport.Row::line).setHeader(getTranslation("contest.import.line")).setAutoWidth(true);
        g.addColumn(QuestionImport.Row::category).setHeader(getTranslation("contest.question.category")).setAutoWidth(true);
        g.addColumn(r -> r.type() == null ? "" : r.type().label()).setHeader(getTranslation("contest.question.type")).setAutoWidth(true);
        g.addColumn(QuestionImport.Row::stem).setHeader(getTranslation("contest.question.stem")).setFlexGrow(3);
        g.addColumn(QuestionImport.Row::answer).setHeader(getTranslation("contest.question.answer")).setAutoWidth(true);
        g.addColumn(r -> r.error() == null ? "✔" : r.error()).setHeader(getTranslation("contest.import.check")).setFlexGrow(2);
        g.setItems(rows);
        Paragraph summary = new Paragraph(bad == 0 ? getTranslation("contest.import.allGood", String.valueOf(rows.size()))
                : getTranslation("contest.import.someBad", String.valueOf(rows.size()), String.valueOf(bad)));
        Button ok = new Button(getTranslation("contest.import.confirm", String.valueOf(rows.size())), e -> {
            try {
                contests.importQuestions(rows, fileName);
                d.close();
                refresh();
            } catch (BusinessException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("import-confirm");
        ok.setEnabled(bad == 0 && !rows.isEmpty());
        summary.setId("import-summary");
        d.add(summary, g);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private com.vaadin.flow.component.upload.UploadI18N chineseUpload() {
        com.vaadin.flow.component.upload.UploadI18N i18n = ChineseUploads.i18n(getTranslation("contest.import"),
                getTranslation("contest.upload.tooBig"), getTranslation("contest.upload.wrongType"), 1);
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation("contest.upload.drop")).setMany(getTranslation("contest.upload.drop")));
        return i18n;
    }

    private void edit(Question q) {
        EditDialog d = new EditDialog(getTranslation(q == null ? "contest.question.new" : "contest.question.edit"), "question-save");
        d.setWidth("700px");
        TextField category = new TextField(getTranslation("contest.question.category"));
        ComboBox<Integer> difficulty = new ComboBox<>(getTranslation("contest.question.difficulty"), 1, 2, 3);
        difficulty.setItemLabelGenerator(Question::difficultyLabel);
        ComboBox<QuestionType> type = new ComboBox<>(getTranslation("contest.question.type"), QuestionType.values());
        type.setItemLabelGenerator(QuestionType::label);
        TextArea stem = new TextArea(getTranslation("contest.question.stem"));
        TextArea options = new TextArea(getTranslation("contest.question.optionsField"));
        TextField answer = new TextField(getTranslation("contest.question.answerField"));
        if (q != null) {
            category.setValue(q.getCategory());
            difficulty.setValue(q.getDifficulty());
            type.setValue(q.getType());
            stem.setValue(q.getStem());
            options.setValue(q.getType() == QuestionType.TRUE_FALSE ? "" : String.join("\n", q.getOptionList()));
            answer.setValue(q.getType() == QuestionType.TRUE_FALSE ? trueFalse(q.getAnswerKey()) : q.getAnswerKey());
        } else {
            difficulty.setValue(1);
            type.setValue(QuestionType.SINGLE);
        }
        EntityForm form = d.form();
        form.add(category, difficulty, type, answer);
        form.field("stem", stem);
        form.add(options);
        form.setColspan(stem, 2);
        form.setColspan(options, 2);
        d.onSave(() -> {
            QuestionImport.Row row = new QuestionImport.Row(0, category.getValue(), difficulty.getValue() == null ? 0 : difficulty.getValue(),
                    type.getValue(), stem.getValue(), options.getValue().isBlank() ? List.of()
                    : Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(), answer.getValue(), null);
            contests.saveQuestion(q == null ? null : q.getId(), q == null ? 0 : q.getVersion(), row);
            refresh();
        }).open();
    }
}
