package cn.fuwukuaiche.partylife.report.ui;

import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.partylife.report.control.ItemDef;
import cn.fuwukuaiche.partylife.report.control.YearReportRules;
import cn.fuwukuaiche.partylife.report.control.YearReportService;
import cn.fuwukuaiche.partylife.report.control.YearReportService.PartView;
import cn.fuwukuaiche.partylife.report.control.YearReportService.RollUp;
import cn.fuwukuaiche.partylife.report.control.YearReportSheet;
import cn.fuwukuaiche.partylife.report.entity.ItemSource;
import cn.fuwukuaiche.partylife.report.entity.YearReportRevision;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 党建工作统计表 · 汇总: the general branch's figures (the parts summed, rates computed from the sums), each part's
 * state, the year-on-year comparison; the leader confirms (locks) the report, returns a part, or corrects a locked
 * report with a reason (earlier figures kept). Print page and Excel file with the same layout. {@code ?year=2026}.
 */
@Dependent
@Route("party/year-report/summary")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class YearReportSummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final YearReportService service;
    private final boolean leader;
    private final IntegerField year = new IntegerField();
    private final Span status = new Span();
    private final Grid<PartView> parts = new Grid<>();
    private final Grid<YearReportSheet.Row> figures = new Grid<>();
    private final Grid<YearReportRevision> revisions = new Grid<>();
    private final Grid<Evidence> attachments = new Grid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private RollUp current;

    @Inject
    public YearReportSummaryView(YearReportService service, CurrentUser user) {
        this.service = service;
        this.leader = user.is(Role.LEADER);
        setWidthFull();
        year.setLabel(getTranslation("yearreport.year"));
        year.setId("yr-sum-year");
        year.setValue(Times.today().getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        status.setId("yr-sum-status");
        HorizontalLayout bar = new HorizontalLayout(year, status, actions);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        parts.setId("yr-parts");
        parts.addThemeVariants(GridVariant.LUMO_COMPACT);
        parts.addColumn(PartView::branchName).setHeader(getTranslation("yearreport.part")).setAutoWidth(true);
        parts.addColumn(PartView::status).setHeader(getTranslation("yearreport.partStatus")).setAutoWidth(true);
        parts.addComponentColumn(p -> new Anchor("party/year-report?year=" + p.year() + "&branch=" + p.branchId(),
                getTranslation("yearreport.open"))).setAutoWidth(true);
        parts.addComponentColumn(p -> {
            Button back = new Button(getTranslation("yearreport.return"), e -> returnPart(p));
            back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            back.setId("yr-return-" + p.branchId());
            back.setVisible(leader && p.submitted() && !p.confirmed());
            return back;
        }).setAutoWidth(true);
        parts.setAllRowsVisible(true);

        figures.setId("yr-figures");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        figures.addColumn(r -> switch (r.kind()) {
            case SECTION -> r.text();
            case GROUP -> "\u3000" + r.text();
            case ITEM -> "\u3000\u3000" + r.text();
        }).setHeader(getTranslation("yearreport.item")).setFlexGrow(1);
        figures.addColumn(YearReportSheet.Row::value).setHeader(getTranslation("yearreport.thisYear")).setAutoWidth(true);
        figures.addColumn(YearReportSheet.Row::unit).setHeader(getTranslation("yearreport.unit")).setAutoWidth(true);
        figures.addColumn(YearReportSheet.Row::lastYear).setHeader(getTranslation("yearreport.lastYear")).setAutoWidth(true);
        figures.addColumn(YearReportSheet.Row::change).setHeader(getTranslation("yearreport.change")).setAutoWidth(true);
        figures.setClassNameGenerator(r -> r.kind() == YearReportSheet.Kind.ITEM ? null : "yr-heading");
        figures.setHeight("60vh");

        revisions.setId("yr-revisions");
        revisions.addThemeVariants(GridVariant.LUMO_COMPACT);
        revisions.addColumn(YearReportRevision::getRevisionNo).setHeader(getTranslation("yearreport.revisionNo")).setAutoWidth(true);
        revisions.addColumn(v -> v.getChangedBy() + " " + Times.format(v.getChangedAt())).setHeader(getTranslation("yearreport.revisedBy"))
                .setAutoWidth(true);
        revisions.addColumn(YearReportRevision::getReason).setHeader(getTranslation("yearreport.reason")).setFlexGrow(1);
        revisions.setAllRowsVisible(true);

        attachments.setId("yr-attachments");
        attachments.addThemeVariants(GridVariant.LUMO_COMPACT);
        attachments.addColumn(Evidence::part).setHeader(getTranslation("yearreport.attachmentPart")).setAutoWidth(true);
        attachments.addColumn(Evidence::item).setHeader(getTranslation("yearreport.attachmentItem")).setFlexGrow(1);
        attachments.addComponentColumn(this::download).setHeader(getTranslation("yearreport.attachmentFile")).setAutoWidth(true);
        attachments.setAllRowsVisible(true);
        attachments.setEmptyStateText(getTranslation("yearreport.noAttachments"));

        add(new H2(getTranslation("yearreport.summaryTitle")), bar, parts, figures, new H3(getTranslation("yearreport.attachments")),
                attachments, new H3(getTranslation("yearreport.revisions")), revisions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("yearreport.summaryTitle") + " · " + getTranslation("app.brand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryNumbers.integer(event.getLocation().getQueryParameters(), "year").ifPresent(year::setValue);
        refresh();
    }

    private void refresh() {
        if (year.getValue() == null) {
            return;
        }
        current = service.rollUp(year.getValue());
        status.setText(getTranslation("yearreport.status", current.status())
                + (current.revision() > 0 ? getTranslation("yearreport.revised", current.revision()) : ""));
        parts.setItems(current.parts());
        figures.setItems(YearReportSheet.rows(current.items(), current.total(), current.lastYear()));
        revisions.setItems(service.revisions(year.getValue()));
        List<Evidence> files = new ArrayList<>();
        for (PartView p : current.parts()) {
            p.cells().stream().filter(c -> c.attachmentName() != null).forEach(c -> files.add(new Evidence(p.year(), p.branchId(),
                    p.branchName(), c.item().group() + " " + c.item().label(), c.item().code(), c.attachmentName())));
        }
        attachments.setItems(files);
        actions.removeAll();
        int y = current.year();
        Anchor print = new Anchor("party/year-report/print/" + y, getTranslation("yearreport.print"));
        print.setId("yr-print");
        print.setTarget("_blank");
        Anchor excel = new Anchor(new StreamResource(getTranslation("yearreport.fileName", y) + ".xlsx",
                () -> new ByteArrayInputStream(excelBytes(y))), getTranslation("yearreport.excel"));
        excel.getElement().setAttribute("download", true);
        excel.setId("yr-excel");
        actions.add(print, excel);
        if (leader && !current.confirmed()) {
            Button confirm = new Button(getTranslation("yearreport.confirm"), VaadinIcon.LOCK.create(), e -> confirm());
            confirm.setId("yr-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        if (leader && current.confirmed()) {
            Button correct = new Button(getTranslation("yearreport.correct"), VaadinIcon.EDIT.create(), e -> correct());
            correct.setId("yr-correct");
            actions.add(correct);
        }
    }

    private byte[] excelBytes(int y) {
        RollUp r = service.rollUp(y);
        return YearReportSheet.excel(getTranslation("yearreport.sheetTitle", y), getTranslation("yearreport.sheetSubtitle",
                r.status(), Times.format(Times.today())), YearReportSheet.rows(r.items(), r.total(), r.lastYear()));
    }

    private void confirm() {
        FinalStepDialog.ask(getTranslation("yearreport.confirm"), getTranslation("yearreport.confirmWhat", current.year()),
                getTranslation("yearreport.confirm")).onConfirm(r -> {
                    service.confirm(current.year(), current.version());
                    return getTranslation("yearreport.confirmed");
                }).then(this::refresh).open();
    }

    private void returnPart(PartView p) {
        FinalStepDialog.ask(getTranslation("yearreport.return"), getTranslation("yearreport.returnWhat", p.branchName()),
                getTranslation("yearreport.return")).requireReason().onConfirm(r -> {
                    service.returnPart(p.year(), p.branchId(), r);
                    return getTranslation("yearreport.returned");
                }).then(this::refresh).open();
    }

    /** A correction of a locked report: one typed figure of one part, with a reason; the earlier figures are kept. */
    private void correct() {
        EditDialog d = new EditDialog(getTranslation("yearreport.correct"), getTranslation("action.save"), "yr-correct-save");
        EntityForm form = d.form();
        ComboBox<PartView> part = form.field("branch", new ComboBox<>(getTranslation("yearreport.part")));
        part.setItems(current.parts());
        part.setItemLabelGenerator(PartView::branchName);
        part.setId("yr-correct-part");
        ComboBox<ItemDef> item = form.field("item", new ComboBox<>(getTranslation("yearreport.item")));
        item.setItems(current.items().stream().filter(i -> i.source() == ItemSource.TYPED).toList());
        item.setItemLabelGenerator(i -> i.group() + " " + i.title());
        item.setId("yr-correct-item");
        TextField value = form.field("value", new TextField(getTranslation("yearreport.value")));
        value.setId("yr-correct-value");
        TextField reason = form.field("reason", new TextField(getTranslation("yearreport.reason")));
        reason.setId("yr-correct-reason");
        d.onSave(() -> {
            if (part.getValue() == null || item.getValue() == null) {
                throw new BusinessException("item", getTranslation("yearreport.pickItem"));
            }
            try {
                service.correct(current.year(), part.getValue().branchId(), part.getValue().version(),
                        Map.of(item.getValue().code(), value.getValue()), Map.of(), reason.getValue());
            } catch (BusinessException e) {
                throw e.field() != null && e.field().equals(item.getValue().code()) ? new BusinessException("value", e.getMessage()) : e;
            }
            EntityForm.saved(getTranslation("yearreport.corrected"));
            refresh();
        }).open();
    }

    /** A typed figure's evidence file, listed under the figures with its download link. */
    record Evidence(int year, long branchId, String part, String item, String code, String fileName) {
    }

    private Anchor download(Evidence e) {
        Anchor a = new Anchor(new StreamResource(e.fileName(), () -> new ByteArrayInputStream(service.attachment(e.year(), e.branchId(),
                e.code()).map(YearReportService.Attachment::content).orElse(new byte[0]))), getTranslation("yearreport.attachment", e.fileName()));
        a.getElement().setAttribute("download", e.fileName());
        a.addClassName("yr-attachment-link");
        return a;
    }

    static String figure(BigDecimal v) {
        return YearReportRules.format(v);
    }
}
