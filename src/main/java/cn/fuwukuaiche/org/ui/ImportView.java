package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.org.control.ImportKind;
import cn.fuwukuaiche.org.control.ImportPreview;
import cn.fuwukuaiche.org.control.ImportRow;
import cn.fuwukuaiche.org.control.RosterImportService;
import cn.fuwukuaiche.org.control.RosterUpdate;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * ADMIN imports a roster (花名册), units or windows from Excel: download the template, upload it filled in,
 * look at the preview where every bad row says why, then import all rows in one transaction (or none), with
 * a progress bar that the server pushes while it works.
 */
@Dependent
@Route("org/import")
@PageTitle("Excel 导入 · 服务快车")
@Menu(title = "menu.org.import", order = 24, icon = "vaadin:upload")
@RolesAllowed(Role.Names.ADMIN)
public class ImportView extends VerticalLayout {

    private static final int MAX_UPLOAD = 10 * 1024 * 1024;

    private final RosterImportService org;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Grid<ImportRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Checkbox onlyBad = new Checkbox();
    private final Button commit = new Button();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressText = new Span();
    private final Div fileProblems = new Div();
    private final RadioButtonGroup<Boolean> update = new RadioButtonGroup<>();
    private final Grid<RosterUpdate.StaffUpdate> changes = new Grid<>();
    private ImportPreview preview;
    private RosterImportService.UpdatePreview updatePreview;
    private byte[] file;

    @Inject
    public ImportView(RosterImportService org) {
        this.org = org;
        setSizeFull();
        kind.setLabel(getTranslation("org.import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(ImportKind::label);
        kind.setValue(ImportKind.STAFF);
        kind.setId("import-kind");
        kind.addValueChangeListener(e -> {
            update.setVisible(e.getValue() == ImportKind.STAFF);
            update.setValue(false);
            reset();
        });
        // the roster can also update the people it names (keyed by 工号): re-upload an edited export
        update.setLabel(getTranslation("org.import.mode"));
        update.setItems(false, true);
        update.setItemLabelGenerator(u -> getTranslation(u ? "org.import.modeUpdate" : "org.import.modeAdd"));
        update.setValue(false);
        update.setId("import-mode");
        update.addValueChangeListener(e -> reset());

        StreamResource template = new StreamResource(getTranslation("org.import.templateFile") + ".xlsx", () -> new ByteArrayInputStream(org.template(kind.getValue())));
        template.setContentType(OrgUi.XLSX);
        Anchor download = new Anchor(template, "");
        download.getElement().setAttribute("download", true);
        download.add(new Button(getTranslation("org.import.template"), VaadinIcon.DOWNLOAD.create()));
        download.setId("import-template");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(LimitedUpload.inMemory(MAX_UPLOAD, (meta, bytes) -> received(bytes),
                () -> OrgUi.error(getTranslation("org.upload.tooBig", getTranslation("org.upload.excel"), "10 MB"))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setAcceptedFileTypes(OrgUi.XLSX, ".xlsx");
        upload.setI18n(OrgUi.uploadI18n(getTranslation("org.upload.excel"), "10 MB"));
        upload.addFileRejectedListener(e -> OrgUi.error(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> reset());

        summary.setId("import-summary");
        fileProblems.setId("import-file-problems");
        fileProblems.addClassName("org-error");
        onlyBad.setLabel(getTranslation("org.import.onlyBad"));
        onlyBad.addValueChangeListener(e -> showRows());
        commit.setText(getTranslation("org.import.commit"));
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setId("import-commit");
        commit.setEnabled(false);
        commit.addClickListener(e -> startImport());
        progress.setId("import-progress");
        progress.setVisible(false);
        progress.setWidth("24em");
        progressText.setId("import-progress-text");

        grid.setId("import-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(r -> r.ok() ? null : "import-bad-row");

        changes.setId("import-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        changes.addColumn(RosterUpdate.StaffUpdate::rowNo).setHeader(getTranslation("org.import.row")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(RosterUpdate.StaffUpdate::staffNo).setHeader(getTranslation("org.staff.staffNo")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(RosterUpdate.StaffUpdate::name).setHeader(getTranslation("org.staff.name")).setAutoWidth(true).setFlexGrow(0);
        changes.addComponentColumn(u -> {
            Div list = new Div();
            u.changes().forEach(c -> {
                Div line = new Div();
                line.addClassName("import-change");
                Span field = new Span(c.field() + "：");
                Span before = new Span(c.before() == null ? getTranslation("org.import.empty") : c.before());
                before.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-error-text-color)");
                Span after = new Span(c.after() == null ? getTranslation("org.import.empty") : c.after());
                after.getStyle().set("font-weight", "600").set("color", "var(--lumo-success-text-color)");
                line.add(field, before, new Span(" → "), after);
                list.add(line);
            });
            return list;
        }).setHeader(getTranslation("org.import.changes")).setFlexGrow(1);
        changes.setVisible(false);
        changes.setAllRowsVisible(true);

        HorizontalLayout top = new HorizontalLayout(kind, update, download);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        HorizontalLayout go = new HorizontalLayout(commit, progress, progressText, onlyBad);
        go.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("org.import.title")), new Paragraph(getTranslation("org.import.help")), top, upload,
                fileProblems, summary, go, changes, grid);
        reset();
    }

    private void reset() {
        preview = null;
        updatePreview = null;
        changes.setItems(List.of());
        changes.setVisible(false);
        grid.setVisible(true);
        file = null;
        grid.removeAllColumns();
        grid.setItems(List.of());
        summary.setText("");
        fileProblems.setText("");
        commit.setEnabled(false);
        progress.setVisible(false);
        progressText.setText("");
    }

    private void received(byte[] bytes) {
        reset();
        file = bytes;
        try {
            if (updating()) {
                updatePreview = org.previewUpdate(bytes);
                preview = updatePreview.checked();
            } else {
                preview = org.previewImport(kind.getValue(), bytes);
            }
        } catch (BusinessException e) {
            OrgUi.error(e.getMessage());
            return;
        }
        fileProblems.setText(String.join("；", preview.fileProblems()));
        summary.setText(preview.summary());
        grid.addColumn(ImportRow::rowNo).setHeader(getTranslation("org.import.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.ok() ? "✓" : String.join("；", r.problems())).setHeader(getTranslation("org.import.problems"))
                .setWidth("22em").setFlexGrow(3).setPartNameGenerator(r -> r.ok() ? "import-ok" : "import-problem");
        for (String h : kind.getValue().headers()) {
            String key = ImportKind.plain(h);
            grid.addColumn(r -> r.values().getOrDefault(key, "")).setHeader(key).setAutoWidth(true);
        }
        showRows();
        commit.setEnabled(preview.importable());
        if (updatePreview != null) {
            summary.setText(updatePreview.summary());
            changes.setItems(updatePreview.updates());
            changes.setVisible(!updatePreview.updates().isEmpty());
            // with changes to read, the rows grid shows only rows with problems (if any)
            grid.setVisible(!preview.badRows().isEmpty() || updatePreview.updates().isEmpty());
            onlyBad.setValue(!preview.badRows().isEmpty());
            commit.setText(getTranslation("org.import.commitUpdate"));
            commit.setEnabled(updatePreview.importable());
        } else {
            commit.setText(getTranslation("org.import.commit"));
        }
    }

    private boolean updating() {
        return kind.getValue() == ImportKind.STAFF && Boolean.TRUE.equals(update.getValue());
    }

    private void applyUpdate() {
        try {
            int[] n = org.commitUpdate(file);
            String done = getTranslation("org.import.updated", n[0], n[1]);
            progressText.setText(done);
            OrgUi.ok(done);
            commit.setEnabled(false);
            updatePreview = null;
            preview = null;
            file = null;
        } catch (BusinessException e) {
            progressText.setText(e.getMessage());
            OrgUi.error(e.getMessage());
        }
    }

    private void showRows() {
        if (preview != null) {
            grid.setItems(onlyBad.getValue() ? preview.badRows() : preview.rows());
        }
    }

    private void startImport() {
        if (updatePreview != null) {
            applyUpdate();
            return;
        }
        if (preview == null || !preview.importable()) {
            return;
        }
        commit.setEnabled(false);
        kind.setReadOnly(true);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(getTranslation("org.import.running", preview.rows().size()));
        UI ui = UI.getCurrent();
        String doneText = getTranslation("org.import.done", preview.rows().size(), kind.getValue().label());
        org.importInBackground(kind.getValue(), file, new RosterImportService.ImportListener() {
            @Override
            public void progress(int percent) {
                ui.access(() -> progress.setValue(Math.min(100, percent)));
            }

            @Override
            public void done(int imported) {
                ui.access(() -> {
                    progress.setValue(100);
                    progressText.setText(doneText);
                    kind.setReadOnly(false);
                    OrgUi.ok(doneText);
                    preview = null;
                    file = null;
                });
            }

            @Override
            public void failed(String message) {
                ui.access(() -> {
                    progress.setVisible(false);
                    progressText.setText(message);
                    kind.setReadOnly(false);
                    OrgUi.error(message);
                });
            }
        });
    }
}
