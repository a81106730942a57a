package cn.fuwukuaiche.partylife.report.ui;

import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.base.ui.FriendlyErrorHandler;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.partylife.report.control.AttachmentRules;
import cn.fuwukuaiche.partylife.report.control.YearReportRules;
import cn.fuwukuaiche.partylife.report.control.YearReportService;
import cn.fuwukuaiche.partylife.report.control.YearReportService.Cell;
import cn.fuwukuaiche.partylife.report.control.YearReportService.PartView;
import cn.fuwukuaiche.partylife.report.entity.ItemSource;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jakarta.enterprise.context.Dependent;

/**
 * 党建工作统计表 · 填报: one part of a year's report (a secretary his branch; the leader any branch and the general
 * branch's own part). Record figures are read-only with 查看记录 leading to the records behind them; typed figures are
 * checked as they are typed (the same {@link YearReportRules} the service asks) and carry a note as evidence.
 * {@code ?year=2026&branch=3}.
 */
@Dependent
@Route("party/year-report")
@Menu(title = "yearreport.menu", order = 56, icon = "vaadin:table")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class YearReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final YearReportService service;
    private final IntegerField year = new IntegerField();
    private final ComboBox<Long> part = new ComboBox<>();
    private final Span status = new Span();
    private final Div body = new Div();
    private final Map<String, TextField> values = new LinkedHashMap<>();
    private final Map<String, TextField> notes = new HashMap<>();
    private final Map<String, String> loaded = new HashMap<>();
    private PartView current;

    @Inject
    public YearReportView(YearReportService service, CurrentUser user) {
        this.service = service;
        setWidthFull();
        Map<Long, String> names = service.partNames();
        year.setLabel(getTranslation("yearreport.year"));
        year.setId("yr-year");
        year.setValue(Times.today().getYear());
        year.setStepButtonsVisible(true);
        part.setLabel(getTranslation("yearreport.part"));
        part.setId("yr-part");
        List<Long> parts = service.fillableParts();
        part.setItems(parts);
        part.setItemLabelGenerator(b -> names.getOrDefault(b, ""));
        parts.stream().findFirst().ifPresent(part::setValue);
        year.addValueChangeListener(e -> refresh());
        part.addValueChangeListener(e -> refresh());
        Button save = new Button(getTranslation("yearreport.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("yr-save");
        Button submit = new Button(getTranslation("yearreport.submit"), VaadinIcon.PAPERPLANE.create(), e -> submit());
        submit.setId("yr-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(year, part, save, submit, status);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        status.setId("yr-status");
        HorizontalLayout links = new HorizontalLayout();
        if (user.isAny(Role.LEADER, Role.ADMIN)) {
            Anchor summary = new Anchor("party/year-report/summary", getTranslation("yearreport.summary"));
            summary.setId("yr-summary-link");
            links.add(summary);
        }
        if (user.is(Role.ADMIN)) {
            Anchor template = new Anchor("party/year-report/template", getTranslation("yearreport.template.link"));
            template.setId("yr-template-link");
            links.add(template);
        }
        add(new H2(getTranslation("yearreport.title")), bar, links, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("yearreport.title") + " · " + getTranslation("app.brand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        QueryNumbers.integer(q, "year").ifPresent(year::setValue);
        q.getSingleParameter("branch").ifPresent(b -> part.getListDataView().getItems()
                .filter(x -> String.valueOf(x).equals(b)).findFirst().ifPresent(part::setValue));
        refresh();
    }

    private void refresh() {
        body.removeAll();
        values.clear();
        notes.clear();
        loaded.clear();
        if (year.getValue() == null || part.getValue() == null) {
            return;
        }
        current = service.part(year.getValue(), part.getValue());
        status.setText(getTranslation("yearreport.status", current.status()));
        boolean editable = !current.submitted() && !current.confirmed();
        String section = null;
        String group = null;
        for (Cell c : current.cells()) {
            if (!Objects.equals(section, c.item().section())) {
                section = c.item().section();
                group = null;
                body.add(new H3(section));
            }
            if (!Objects.equals(group, c.item().group())) {
                group = c.item().group();
                body.add(new H4(group));
            }
            body.add(row(c, editable));
        }
    }

    private HorizontalLayout row(Cell c, boolean editable) {
        String code = c.item().code();
        Span label = new Span(c.item().label());
        label.setWidth("22em");
        HorizontalLayout row = new HorizontalLayout(label);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("yr-row");
        String text = YearReportRules.format(c.amount());
        if (c.item().source() == ItemSource.TYPED || (c.item().source() == ItemSource.RECORD && !c.fromRecord())) {
            TextField v = new TextField();
            v.setId("yr-" + code);
            v.setAriaLabel(c.item().label() + "（" + c.item().unit() + "）");
            v.setWidth("8em");
            v.setValue(text);
            v.setSuffixComponent(new Span(c.item().unit()));
            v.setReadOnly(!editable);
            v.addValueChangeListener(e -> {
                String problem = YearReportRules.problem(c.item(), e.getValue(), false).orElse(null);
                v.setErrorMessage(problem);
                v.setInvalid(problem != null);
            });
            TextField note = new TextField();
            note.setId("yr-note-" + code);
            note.setPlaceholder(getTranslation("yearreport.note"));
            note.setAriaLabel(getTranslation("yearreport.note"));
            note.setWidth("18em");
            note.setValue(Objects.toString(c.note(), ""));
            note.setReadOnly(!editable);
            values.put(code, v);
            notes.put(code, note);
            loaded.put(code, text + "\u0000" + note.getValue());
            row.add(v, note);
            if (c.item().source() == ItemSource.TYPED) {
                row.add(attachment(c, editable));
            }
        } else {
            Span v = new Span(text.isEmpty() ? "—" : text + " " + c.item().unit());
            v.setId("yr-" + code);
            v.setWidth("8em");
            v.getStyle().set("font-weight", "bold");
            row.add(v);
            if (c.fromRecord()) {
                Span source = new Span(c.evidence());
                source.getStyle().set("color", "var(--lumo-secondary-text-color)");
                row.add(source);
                if (c.evidenceRoute() != null && !c.evidenceRoute().isEmpty()) {
                    Anchor records = new Anchor(c.evidenceRoute(), getTranslation("yearreport.records"));
                    records.setId("yr-evidence-" + code);
                    row.add(records);
                }
            } else {
                row.add(new Span(getTranslation("yearreport.computed", c.item().formula())));
            }
        }
        return row;
    }

    /**
     * The evidence file of a typed item: its download link (附件：name) and, while the part may be edited, a button
     * that opens an upload (JPG, PNG or PDF up to 5 MB; refused files say why beside it, in Chinese).
     */
    private Div attachment(Cell c, boolean editable) {
        String code = c.item().code();
        Div box = new Div();
        box.addClassName("yr-attachment");
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "2px");
        Div link = new Div();
        link.setId("yr-attachment-" + code);
        showAttachment(link, code, c.attachmentName());
        Span error = new Span();
        error.setId("yr-attach-error-" + code);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        box.add(link, error);
        if (editable) {
            Button open = new Button(getTranslation(c.attachmentName() == null ? "yearreport.attach" : "yearreport.attachReplace"),
                    VaadinIcon.PAPERCLIP.create());
            open.setId("yr-attach-" + code);
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.addClickListener(e -> {
                open.setVisible(false);
                box.addComponentAtIndex(1, upload(code, link, error));
            });
            box.addComponentAtIndex(1, open);
        }
        return box;
    }

    private Upload upload(String code, Div link, Span error) {
        Runnable tooBig = () -> {
            error.setText(getTranslation("yearreport.attachTooBig"));
            error.setVisible(true);
        };
        Upload upload = new Upload(LimitedUpload.inMemory(YearReportService.MAX_ATTACHMENT_BYTES, (meta, bytes) -> {
            try {
                current = service.attach(year.getValue(), part.getValue(), code, meta.fileName(), bytes);
                current.cells().stream().filter(x -> x.item().code().equals(code)).findFirst()
                        .ifPresent(x -> showAttachment(link, code, x.attachmentName()));
                error.setVisible(false);
            } catch (BusinessException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
            } catch (RuntimeException ex) {
                error.setText(FriendlyErrorHandler.messageFor(ex));
                error.setVisible(true);
            }
        }, tooBig));
        upload.setId("yr-upload-" + code);
        // no limit of one file: a refused file stays in the list, and the next one must still be accepted (each
        // file attached replaces the one before)
        upload.setAcceptedFileTypes(AttachmentRules.ACCEPTED);
        upload.setMaxFileSize((int) YearReportService.MAX_ATTACHMENT_BYTES);
        upload.setI18n(ChineseUploads.i18n(getTranslation("yearreport.attachAdd"), getTranslation("yearreport.attachTooBig"),
                getTranslation("yearreport.attachWrongType"), 5));
        upload.addFileRejectedListener(e -> {
            error.setText(e.getErrorMessage());
            error.setVisible(true);
        });
        upload.getStyle().set("max-width", "22em");
        return upload;
    }

    private void showAttachment(Div link, String code, String name) {
        link.removeAll();
        if (name == null) {
            return;
        }
        int y = year.getValue();
        long b = part.getValue();
        Anchor a = new Anchor(new StreamResource(name, () -> new ByteArrayInputStream(service.attachment(y, b, code)
                .map(YearReportService.Attachment::content).orElse(new byte[0]))), getTranslation("yearreport.attachment", name));
        a.getElement().setAttribute("download", name);
        a.addClassName("yr-attachment-link");
        link.add(a);
    }

    private Map<String, String> changed(Map<String, TextField> fields, boolean valuesNotNotes) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((code, f) -> {
            String[] was = loaded.get(code).split("\u0000", -1);
            String before = valuesNotNotes ? was[0] : (was.length > 1 ? was[1] : "");
            if (!before.equals(f.getValue())) {
                out.put(code, f.getValue());
            }
        });
        return out;
    }

    private boolean save() {
        try {
            service.save(year.getValue(), part.getValue(), current.version(), changed(values, true), changed(notes, false));
            EntityForm.saved(getTranslation("yearreport.saved"));
            refresh();
            return true;
        } catch (BusinessException e) {
            EntityForm.show(e, values);
            return false;
        } catch (RuntimeException e) {
            FriendlyErrorHandler.show(FriendlyErrorHandler.messageFor(e));
            return false;
        }
    }

    private void submit() {
        if (!changed(values, true).isEmpty() || !changed(notes, false).isEmpty()) {
            if (!save()) {
                return;
            }
        }
        FinalStepDialog.ask(getTranslation("yearreport.submit"), getTranslation("yearreport.submitWhat", current.branchName(),
                current.year()), getTranslation("yearreport.submit")).onConfirm(r -> {
                    try {
                        service.submit(year.getValue(), part.getValue(), current.version());
                    } catch (BusinessException e) {
                        if (values.containsKey(e.field())) {
                            EntityForm.show(e, values);
                        }
                        throw e;
                    }
                    return getTranslation("yearreport.submitted");
                }).then(this::refresh).open();
    }
}
