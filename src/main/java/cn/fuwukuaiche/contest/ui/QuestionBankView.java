package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.control.QuestionImport;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.QuestionType;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

/** The question bank (题库): list, edit, enable/disable, Excel import with a row-by-row preview, export. */
@Route("contests/questions")
@PageTitle("题库 · 服务快车")
@Menu(title = "menu.questions", order = 46, icon = "vaadin:book")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class QuestionBankView extends VerticalLayout {

    private final ContestService contests;
    private final Grid<Question> grid = new Grid<>();

    @Inject
    public QuestionBankView(ContestService contests) {
        this.contests = contests;
        setSizeFull();
        Button create = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("question-new");
        Anchor export = new Anchor(new StreamResource("题库.xlsx", () -> new ByteArrayInputStream(QuestionImport.export(contests.questions()))), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("questions-export");

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("questions-import");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setI18n(chineseUpload());
        upload.setUploadButton(new Button(getTranslation("contest.import"), VaadinIcon.UPLOAD.create()));
        upload.addSucceededListener(e -> {
            try {
                preview(QuestionImport.read(buffer.getInputStream()), e.getFileName());
            } catch (RuntimeException ex) {
                Notification.show("无法读取该 Excel 文件，请使用导出的模板格式", 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            upload.clearFileList();
        });

        grid.setId("questions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Question::getCategory).setHeader("类别").setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> Question.difficultyLabel(q.getDifficulty())).setHeader("难度").setAutoWidth(true);
        grid.addColumn(q -> q.getType().label()).setHeader("题型").setAutoWidth(true);
        grid.addColumn(Question::getStem).setHeader("题干").setFlexGrow(3);
        grid.addColumn(q -> String.join(" / ", q.getOptionList())).setHeader("选项").setFlexGrow(2);
        grid.addColumn(q -> q.getType() == QuestionType.TRUE_FALSE ? ("T".equals(q.getAnswerKey()) ? "对" : "错") : q.getAnswerKey())
                .setHeader("答案").setAutoWidth(true);
        grid.addColumn(q -> q.isActive() ? "启用" : "停用").setHeader("状态").setAutoWidth(true);
        grid.addComponentColumn(q -> {
            Button e = new Button(getTranslation("action.edit"), ev -> edit(q));
            e.setId("question-edit-" + q.getId());
            Button t = new Button(q.isActive() ? "停用" : "启用", ev -> {
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

    private void refresh() {
        grid.setItems(contests.questions());
    }

    private void preview(List<QuestionImport.Row> rows, String fileName) {
        long bad = rows.stream().filter(r -> r.error() != null).count();
        Dialog d = new Dialog("导入预览：" + fileName);
        d.setWidth("1000px");
        Grid<QuestionImport.Row> g = new Grid<>();
        g.setId("import-preview");
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.addColumn(QuestionImport.Row::line).setHeader("行号").setAutoWidth(true);
        g.addColumn(QuestionImport.Row::category).setHeader("类别").setAutoWidth(true);
        g.addColumn(r -> r.type() == null ? "" : r.type().label()).setHeader("题型").setAutoWidth(true);
        g.addColumn(QuestionImport.Row::stem).setHeader("题干").setFlexGrow(3);
        g.addColumn(QuestionImport.Row::answer).setHeader("答案").setAutoWidth(true);
        g.addColumn(r -> r.error() == null ? "✔" : r.error()).setHeader("检查结果").setFlexGrow(2);
        g.setItems(rows);
        Paragraph summary = new Paragraph("共 " + rows.size() + " 行，" + (bad == 0 ? "全部正确，可以导入。" : bad + " 行有错误，请在 Excel 中改正后重新上传。"));
        Button ok = new Button("导入 " + rows.size() + " 题", e -> {
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

    private static com.vaadin.flow.component.upload.UploadI18N chineseUpload() {
        com.vaadin.flow.component.upload.UploadI18N i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne("或将 Excel 文件拖到此处").setMany("或将 Excel 文件拖到此处"));
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne("导入 Excel").setMany("导入 Excel"));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error().setTooManyFiles("一次只能上传一个文件")
                .setFileIsTooBig("文件超过 5 MB").setIncorrectFileType("只接受 .xlsx 文件"));
        i18n.setUploading(new com.vaadin.flow.component.upload.UploadI18N.Uploading()
                .setStatus(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("上传停滞")
                        .setProcessing("正在检查…").setHeld("排队中"))
                .setRemainingTime(new com.vaadin.flow.component.upload.UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：")
                        .setUnknown("剩余时间未知"))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error().setServerUnavailable("服务器暂时无法访问")
                        .setUnexpectedServerError("服务器出错，上传失败").setForbidden("没有上传权限")));
        i18n.setFile(new com.vaadin.flow.component.upload.UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"));
        return i18n;
    }

    private void edit(Question q) {
        Dialog d = new Dialog(q == null ? "新增题目" : "编辑题目");
        d.setWidth("700px");
        TextField category = new TextField("类别");
        ComboBox<Integer> difficulty = new ComboBox<>("难度", 1, 2, 3);
        difficulty.setItemLabelGenerator(Question::difficultyLabel);
        ComboBox<QuestionType> type = new ComboBox<>("题型", QuestionType.values());
        type.setItemLabelGenerator(QuestionType::label);
        TextArea stem = new TextArea("题干");
        TextArea options = new TextArea("选项（每行一个，依次为 A、B、C…；判断题不填）");
        TextField answer = new TextField("答案（字母如 A、AC；判断题填 对 或 错）");
        if (q != null) {
            category.setValue(q.getCategory());
            difficulty.setValue(q.getDifficulty());
            type.setValue(q.getType());
            stem.setValue(q.getStem());
            options.setValue(q.getType() == QuestionType.TRUE_FALSE ? "" : String.join("\n", q.getOptionList()));
            answer.setValue(q.getType() == QuestionType.TRUE_FALSE ? ("T".equals(q.getAnswerKey()) ? "对" : "错") : q.getAnswerKey());
        } else {
            difficulty.setValue(1);
            type.setValue(QuestionType.SINGLE);
        }
        FormLayout form = new FormLayout(category, difficulty, type, answer, stem, options);
        form.setColspan(stem, 2);
        form.setColspan(options, 2);
        Button save = new Button(getTranslation("action.save"), e -> {
            stem.setInvalid(false);
            QuestionImport.Row row = new QuestionImport.Row(0, category.getValue(), difficulty.getValue() == null ? 0 : difficulty.getValue(),
                    type.getValue(), stem.getValue(), options.getValue().isBlank() ? List.of()
                    : Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(), answer.getValue(), null);
            try {
                contests.saveQuestion(q == null ? null : q.getId(), q == null ? 0 : q.getVersion(), row);
                d.close();
                refresh();
            } catch (BusinessException ex) {
                stem.setErrorMessage(ex.getMessage());
                stem.setInvalid(true);
            } catch (OptimisticLockException ex) {
                Notification.show(getTranslation("error.concurrent"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(form);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }
}
