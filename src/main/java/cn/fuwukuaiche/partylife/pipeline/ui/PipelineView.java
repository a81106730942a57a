package cn.fuwukuaiche.partylife.pipeline.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.BranchChoice;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.Line;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.MemberChoice;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineService;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 发展党员: the branch's people on their way, each with his stage and the clock that runs out first (its light); the
 * secretary sees his branch, the leader every branch. {@code ?year=2026&branch=3} lists those admitted as 预备党员 or
 * confirmed in that year (the evidence behind the yearly report's figures). A new 入党申请 is recorded here.
 */
@Dependent
@Route("party-life/pipeline")
@Menu(title = "partylife.pipeline.menu", order = 70, icon = "vaadin:user-star")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class PipelineView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PipelineFileService files;
    private final PipelineService steps;
    private final ComboBox<BranchChoice> branch = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<PipelineFileService.YearEvent> yearEvent = new ComboBox<>();
    private final Grid<Line> grid = new Grid<>();

    @Inject
    public PipelineView(PipelineFileService files, PipelineService steps) {
        this.files = files;
        this.steps = steps;
        addClassName("pipeline-view");
        List<BranchChoice> branches = files.branches();
        branch.setLabel(getTranslation("partylife.pipeline.branch"));
        branch.setId("pipeline-branch");
        branch.setItems(branches);
        branch.setItemLabelGenerator(BranchChoice::name);
        branch.setClearButtonVisible(true);
        branch.setPlaceholder(getTranslation("partylife.pipeline.allBranches"));
        if (branches.size() == 1) {
            branch.setValue(branches.get(0));
        }
        branch.addValueChangeListener(e -> refresh());
        year.setLabel(getTranslation("partylife.pipeline.year"));
        year.setId("pipeline-year");
        year.setClearButtonVisible(true);
        year.setHelperText(getTranslation("partylife.pipeline.yearHelp"));
        year.addValueChangeListener(e -> refresh());
        yearEvent.setLabel(getTranslation("partylife.pipeline.event"));
        yearEvent.setId("pipeline-event");
        yearEvent.setItems(PipelineFileService.YearEvent.values());
        yearEvent.setItemLabelGenerator(PipelineFileService.YearEvent::label);
        yearEvent.setClearButtonVisible(true);
        yearEvent.setPlaceholder(getTranslation("partylife.pipeline.eventBoth"));
        yearEvent.addValueChangeListener(e -> refresh());
        Button apply = new Button(getTranslation("partylife.pipeline.apply"), e -> applyDialog());
        apply.setId("pipeline-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(branch, year, yearEvent, apply);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("pipeline-grid");
        grid.addColumn(Line::name).setHeader(getTranslation("partylife.pipeline.name")).setAutoWidth(true);
        grid.addColumn(l -> l.unit() == null ? "" : l.unit()).setHeader(getTranslation("partylife.pipeline.unit")).setAutoWidth(true);
        grid.addColumn(Line::branch).setHeader(getTranslation("partylife.pipeline.branch")).setAutoWidth(true);
        grid.addColumn(l -> l.stage().label()).setHeader(getTranslation("partylife.pipeline.stage")).setAutoWidth(true);
        grid.addComponentColumn(l -> Lights.badge(l.clock(), l.due(), l.light())).setHeader(getTranslation("partylife.pipeline.clock"))
                .setAutoWidth(true);
        grid.addComponentColumn(l -> {
            Button open = new Button(getTranslation("partylife.pipeline.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(PipelinePersonView.class, QueryParameters.of("id", String.valueOf(l.id())))));
            open.addClassName("pipeline-open");
            open.getElement().setAttribute("data-name", l.name()).setAttribute("data-stage", l.stage().name());
            return open;
        });
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("partylife.pipeline.title")), new Paragraph(getTranslation("partylife.pipeline.intro")), bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.pipeline.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        q.getSingleParameter("year").map(PipelineView::number).ifPresent(y -> year.setValue(y.intValue()));
        q.getSingleParameter("branch").map(PipelineView::number).flatMap(id -> branch.getListDataView().getItems()
                .filter(b -> b.id() == id).findFirst()).ifPresent(branch::setValue);
        q.getSingleParameter("event").flatMap(k -> java.util.Arrays.stream(PipelineFileService.YearEvent.values())
                .filter(x -> x.name().equals(k)).findFirst()).ifPresent(yearEvent::setValue);
        refresh();
    }

    private static Long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refresh() {
        yearEvent.setEnabled(year.getValue() != null);
        List<Line> lines = files.list(branch.getValue() == null ? null : branch.getValue().id(), year.getValue(),
                year.getValue() == null ? null : yearEvent.getValue());
        grid.setItems(lines);
        grid.getElement().setAttribute("data-count", String.valueOf(lines.size()));
    }

    private void applyDialog() {
        EditDialog d = new EditDialog(getTranslation("partylife.pipeline.apply"), "apply-save");
        ComboBox<BranchChoice> b = d.form().field("branch", new ComboBox<BranchChoice>(getTranslation("partylife.pipeline.branch")));
        b.setItems(files.branches());
        b.setItemLabelGenerator(BranchChoice::name);
        b.setId("apply-branch");
        b.setValue(branch.getValue());
        ComboBox<MemberChoice> person = d.form().field("staffId", new ComboBox<MemberChoice>(getTranslation("partylife.pipeline.staff")));
        person.setItemLabelGenerator(MemberChoice::name);
        person.setId("apply-staff");
        person.setHelperText(getTranslation("partylife.pipeline.staffHelp"));
        b.addValueChangeListener(e -> person.setItems(e.getValue() == null ? List.of() : files.possibleApplicants(e.getValue().id())));
        if (b.getValue() != null) {
            person.setItems(files.possibleApplicants(b.getValue().id()));
        }
        TextField name = d.form().field("personName", new TextField(getTranslation("partylife.pipeline.outsiderName")));
        name.setId("apply-name");
        TextField unit = d.form().field("unitName", new TextField(getTranslation("partylife.pipeline.outsiderUnit")));
        unit.setId("apply-unit");
        DatePicker birth = d.form().field("birthDate", ChineseDates.picker(getTranslation("partylife.pipeline.birthDate")));
        birth.setId("apply-birth");
        DatePicker on = d.form().field("date", ChineseDates.picker(getTranslation("partylife.pipeline.letterDate")));
        on.setId("apply-date");
        on.setMax(Times.today());
        TextArea note = d.form().field("note", new TextArea(getTranslation("partylife.pipeline.note")));
        note.setId("apply-note");
        d.onSave(() -> {
            if (b.getValue() == null) {
                throw new cn.fuwukuaiche.base.control.BusinessException("branch", getTranslation("partylife.pipeline.chooseBranch"));
            }
            var a = steps.apply(new PipelineService.ApplyForm(b.getValue().id(), person.getValue() == null ? null : person.getValue().staffId(),
                    name.getValue(), unit.getValue(), birth.getValue(), on.getValue(), note.getValue()));
            EntityForm.saved(getTranslation("partylife.pipeline.applied", a.getPersonName()));
            refresh();
        }).open();
    }
}
