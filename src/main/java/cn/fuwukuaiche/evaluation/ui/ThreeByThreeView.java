package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.ThreeByThreeService;
import cn.fuwukuaiche.evaluation.control.ThreeByThreeService.Row;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 三亮三比三评: the month's Party members with 群众评 (from their ratings), 党员评 and 组织评 (entered by the
 * branch) and the combined score under the weights of the personal scheme in force, ranked; the SECRETARY
 * enters their branch's scores, the LEADER anyone's. {@code ?month=2026-10}.
 */
@Dependent
@Route("evaluation/three-by-three")
@PageTitle("三亮三比三评 · 服务快车")
@Menu(title = "menu.threeByThree", order = 43, icon = "vaadin:star-half-left-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class ThreeByThreeView extends VerticalLayout implements BeforeEnterObserver {

    private final ThreeByThreeService service;
    private final ComboBox<YearMonth> month;
    private final Span status = new Span();
    private final Grid<Ranked<Row>> grid = new Grid<>();
    private ThreeByThreeService.Sheet current;

    @Inject
    public ThreeByThreeView(ThreeByThreeService service) {
        this.service = service;
        setWidthFull();
        month = AssessmentUi.monthPicker(getTranslation("ranking.month"), "threes-month", YearMonth.from(Times.today()).minusMonths(1));
        month.addValueChangeListener(e -> refresh());

        Anchor export = new Anchor(new StreamResource(getTranslation("threes.title") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("threes-export");

        HorizontalLayout toolbar = new HorizontalLayout(month, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        status.setId("threes-status");
        Paragraph intro = new Paragraph(getTranslation("threes.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");

        grid.setId("threes-grid");
        // the calculation column is the point of the page: wrap it rather than cut it off
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.item().combined() == null ? "—" : getTranslation("ranking.place", r.rank()))
                .setHeader(getTranslation("ranking.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.item().name()).setHeader(getTranslation("threes.name")).setAutoWidth(true);
        grid.addColumn(r -> r.item().windowName()).setHeader(getTranslation("threes.window")).setWidth("150px").setFlexGrow(0);
        grid.addColumn(r -> r.item().branchName()).setHeader(getTranslation("ranking.branch")).setWidth("140px").setFlexGrow(0);
        grid.addColumn(r -> r.item().publicScore() == null ? getTranslation("threes.noRatings")
                        : getTranslation("threes.publicCell", AssessmentUi.points(r.item().publicScore()), r.item().ratingCount()))
                .setHeader(getTranslation("threes.public")).setAutoWidth(true);
        grid.addColumn(r -> r.item().peer() == null ? "—" : AssessmentUi.points(r.item().peer()))
                .setHeader(getTranslation("threes.peer")).setAutoWidth(true);
        grid.addColumn(r -> r.item().organisation() == null ? "—" : AssessmentUi.points(r.item().organisation()))
                .setHeader(getTranslation("threes.organisation")).setAutoWidth(true);
        grid.addColumn(r -> r.item().combined() == null ? "—" : AssessmentUi.points(r.item().combined()))
                .setHeader(getTranslation("threes.combined")).setAutoWidth(true).setClassNameGenerator(r -> "threes-combined");
        // wide enough that a row is two or three lines, not six or seven (the other columns get fixed, narrower widths)
        grid.addColumn(r -> r.item().explanation()).setHeader(getTranslation("threes.how")).setWidth("330px").setFlexGrow(3);
        grid.addColumn(r -> r.item().enteredBy() == null ? "" : r.item().enteredBy() + " " + Times.format(r.item().enteredAt()))
                .setHeader(getTranslation("threes.enteredBy")).setWidth("130px").setFlexGrow(0);
        grid.addComponentColumn(this::editButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        add(new H2(getTranslation("threes.title")), intro, toolbar, status, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("month")
                .map(m -> AssessmentUi.parseMonth(m, month.getValue())).ifPresent(month::setValue);
        refresh();
    }

    private void refresh() {
        if (month.getValue() == null) {
            return;
        }
        try {
            current = service.sheet(month.getValue());
        } catch (BusinessException e) {
            current = null;
            grid.setItems(List.of());
            status.setText(e.getMessage());
            return;
        }
        grid.setItems(current.rows());
        long done = current.rows().stream().filter(r -> r.item().combined() != null).count();
        status.setText(getTranslation("threes.status", AssessmentUi.month(current.month()), current.schemeLabel(),
                AssessmentUi.points(current.weights().publicWeight()), AssessmentUi.points(current.weights().peerWeight()),
                AssessmentUi.points(current.weights().organisationWeight()), done, current.rows().size()));
    }

    private Component editButton(Ranked<Row> r) {
        if (r.item().self()) {
            // nobody scores himself: the next person up enters this row
            Span own = new Span(getTranslation("threes.ownRow"));
            own.setId("threes-own-" + r.item().staffNo());
            own.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            return own;
        }
        Button b = new Button(getTranslation("threes.enter"), VaadinIcon.EDIT.create());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setId("threes-enter-" + r.item().staffNo());
        b.setVisible(r.item().editable());
        b.addClickListener(e -> openEditor(r.item()));
        return b;
    }

    private void openEditor(Row row) {
        EditDialog d = new EditDialog(getTranslation("threes.dialogTitle", row.name(), AssessmentUi.month(month.getValue())), "threes-save");
        d.setId("threes-dialog");
        EntityForm form = d.form();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Span pub = new Span(getTranslation("threes.public") + "：" + (row.publicScore() == null ? getTranslation("threes.noRatings")
                : getTranslation("threes.publicCell", AssessmentUi.points(row.publicScore()), row.ratingCount())));
        form.add(pub);
        BigDecimalField peer = form.field("peerScore", new BigDecimalField(getTranslation("threes.peer")));
        peer.setId("threes-peer");
        peer.setValue(row.peer());
        peer.setHelperText(getTranslation("threes.peerHelp"));
        BigDecimalField org = form.field("organisationScore", new BigDecimalField(getTranslation("threes.organisation")));
        org.setId("threes-organisation");
        org.setValue(row.organisation());
        org.setHelperText(getTranslation("threes.organisationHelp"));
        TextArea note = form.field("note", new TextArea(getTranslation("threes.note")));
        note.setId("threes-note");
        note.setValue(row.note() == null ? "" : row.note());
        note.setMaxLength(500);
        note.setWidthFull();
        d.onSave(() -> {
            service.save(row.staffId(), month.getValue(), peer.getValue(), org.getValue(), note.getValue(), row.entityVersion());
            AssessmentUi.success(getTranslation("threes.saved", row.name()));
            refresh();
        }).open();
    }

    private byte[] exportBytes() {
        List<Ranked<Row>> rows = current == null ? List.of() : current.rows();
        String sheet = getTranslation("threes.sheet", month.getValue() == null ? "" : AssessmentUi.month(month.getValue()));
        return ExcelExport.toBytes(sheet, List.of(
                new ExcelExport.Column<Ranked<Row>>(getTranslation("ranking.rank"), r -> r.item().combined() == null ? null : r.rank()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("threes.name"), r -> r.item().name()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("threes.window"), r -> r.item().windowName()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("ranking.branch"), r -> r.item().branchName()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("threes.public"), r -> r.item().publicScore()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("ranking.ratings"), r -> r.item().ratingCount()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("threes.peer"), r -> r.item().peer()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("threes.organisation"), r -> r.item().organisation()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("threes.combined"), r -> r.item().combined()),
                new ExcelExport.Column<Ranked<Row>>(getTranslation("threes.how"), r -> r.item().explanation())), rows);
    }
}
