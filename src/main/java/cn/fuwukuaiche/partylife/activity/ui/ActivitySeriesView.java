package cn.fuwukuaiche.partylife.activity.ui;

import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.activity.control.ActivitySeriesService;
import cn.fuwukuaiche.partylife.activity.entity.ActivitySeries;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/** 活动系列: the leader and ADMIN create and change the 创先争优 series (name, period, goal, branches taking part). */
@Dependent
@Route("party-life/activity-series")
@Menu(title = "partylife.activity.menu.series", order = 70.5, icon = "vaadin:flag-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class ActivitySeriesView extends VerticalLayout implements HasDynamicTitle {

    private final ActivitySeriesService service;
    private final OrgDirectory org;
    private final Grid<ActivitySeries> grid = new Grid<>();
    private Map<Long, String> branchNames;

    @Inject
    public ActivitySeriesView(ActivitySeriesService service, OrgDirectory org) {
        this.service = service;
        this.org = org;
        this.branchNames = org.branchNames();
        Button add = new Button(getTranslation("partylife.activity.series.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("series-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("series-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ActivitySeries::getName).setHeader(getTranslation("partylife.activity.series.name")).setAutoWidth(true);
        grid.addColumn(s -> s.getPeriodFrom() + " — " + s.getPeriodTo()).setHeader(getTranslation("partylife.activity.series.period"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.getBranchIds().stream().map(b -> branchNames.getOrDefault(b, "#" + b)).collect(Collectors.joining("、")))
                .setHeader(getTranslation("partylife.activity.series.branches"));
        grid.addColumn(s -> s.getGoal() == null ? "" : s.getGoal()).setHeader(getTranslation("partylife.activity.series.goal"));
        grid.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(s));
            edit.setId("series-edit-" + s.getId());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        add(new H2(getTranslation("partylife.activity.series.title")), add, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        branchNames = org.branchNames();
        grid.setItems(service.all());
    }

    private void edit(ActivitySeries s) {
        EditDialog dialog = new EditDialog(getTranslation(s == null ? "partylife.activity.series.add" : "partylife.activity.series.edit"),
                "series-save");
        EntityForm form = dialog.form();
        TextField name = form.field("name", new TextField(getTranslation("partylife.activity.series.name")));
        name.setId("series-name");
        DatePicker from = form.field("from", ChineseDates.picker(getTranslation("partylife.activity.series.from")));
        from.setId("series-from");
        DatePicker to = form.field("to", ChineseDates.picker(getTranslation("partylife.activity.series.to")));
        to.setId("series-to");
        MultiSelectComboBox<Branch> branches = form.field("branches",
                new MultiSelectComboBox<>(getTranslation("partylife.activity.series.branches")));
        branches.setId("series-branches");
        branches.setItems(org.branches());
        branches.setItemLabelGenerator(Branch::getName);
        TextArea goal = form.field("goal", new TextArea(getTranslation("partylife.activity.series.goal")));
        goal.setId("series-goal");
        form.setColspan(goal, 2);
        if (s != null) {
            name.setValue(s.getName());
            from.setValue(s.getPeriodFrom());
            to.setValue(s.getPeriodTo());
            goal.setValue(s.getGoal() == null ? "" : s.getGoal());
            branches.setValue(org.branches().stream().filter(b -> s.getBranchIds().contains(b.getId())).collect(Collectors.toSet()));
        }
        dialog.onSave(() -> {
            Set<Long> ids = branches.getValue().stream().map(Branch::getId).collect(Collectors.toSet());
            service.save(s == null ? null : s.getId(), s == null ? 0 : s.getVersion(),
                    new ActivitySeriesService.SeriesForm(name.getValue(), from.getValue(), to.getValue(), goal.getValue(), ids));
            EntityForm.saved(getTranslation("partylife.activity.series.saved"));
            refresh();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.activity.series.title") + " · " + getTranslation("app.brand");
    }
}
