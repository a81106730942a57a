package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.control.UnitService;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import jakarta.enterprise.context.Dependent;

/** 进驻单位: list with counts, search and branch filter, Excel export; ADMIN adds, edits and deactivates. */
@Dependent
@Route("org/units")
@PageTitle("进驻单位 · 服务快车")
@Menu(title = "menu.org.units", order = 23, icon = "vaadin:building")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class UnitView extends VerticalLayout {

    private final OrgService org;
    private final UnitService units;
    private final Grid<Unit> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Branch> branch;
    private final Checkbox inactive = new Checkbox();
    private List<Unit> shown = List.of();
    private Map<Long, int[]> counts = Map.of();

    @Inject
    public UnitView(OrgService org, UnitService units, CurrentUser currentUser) {
        this.org = org;
        this.units = units;
        boolean admin = currentUser.is(Role.ADMIN);
        setSizeFull();
        text.setLabel(getTranslation("org.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("unit-search");
        branch = OrgUi.filter(getTranslation("org.branch"), org.choices().branches());
        branch.setItemLabelGenerator(Branch::getName);
        inactive.setLabel(getTranslation("org.showInactive"));
        text.addValueChangeListener(e -> refresh());
        branch.addValueChangeListener(e -> refresh());
        inactive.addValueChangeListener(e -> refresh());

        grid.setId("unit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        for (ExcelExport.Column<Unit> c : columns()) {
            grid.addColumn(u -> Objects.toString(c.value().apply(u), "")).setHeader(c.header()).setAutoWidth(true).setSortable(true);
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (admin) {
            grid.addComponentColumn(u -> {
                Button edit = new Button(getTranslation("action.edit"), e -> edit(u));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("unit-new");
            actions.add(add);
        }
        actions.add(OrgUi.download("unit-export", getTranslation("action.export"), getTranslation("org.units.title") + ".xlsx",
                () -> ExcelExport.toBytes(getTranslation("org.units.title"), columns(), shown)));
        HorizontalLayout filters = new HorizontalLayout(text, branch, inactive);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("org.units.title")), actions);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(head, filters, grid);
        refresh();
    }

    private List<ExcelExport.Column<Unit>> columns() {
        return List.of(
                new ExcelExport.Column<>(getTranslation("org.units.name"), Unit::getName),
                new ExcelExport.Column<>(getTranslation("org.units.shortName"), Unit::getShortName),
                new ExcelExport.Column<>(getTranslation("org.branch"), u -> u.getBranch() == null ? "" : u.getBranch().getName()),
                new ExcelExport.Column<>(getTranslation("org.tree.windows"), u -> count(u, 0)),
                new ExcelExport.Column<>(getTranslation("org.tree.people"), u -> count(u, 1)),
                new ExcelExport.Column<>(getTranslation("org.tree.members"), u -> count(u, 2)),
                new ExcelExport.Column<>(getTranslation("org.tree.women"), u -> count(u, 3)),
                new ExcelExport.Column<>(getTranslation("org.staff.active"), u -> getTranslation(u.isActive() ? "common.enabled" : "common.disabled")));
    }

    private int count(Unit u, int i) {
        int[] c = counts.get(u.getId());
        return c == null ? 0 : c[i];
    }

    private void refresh() {
        counts = units.unitCounts();
        shown = units.findUnits(text.getValue(), branch.getValue() == null ? null : branch.getValue().getId(), inactive.getValue());
        grid.setItems(shown);
    }

    private void edit(Unit existing) {
        EditDialog d = new EditDialog(existing == null ? getTranslation("org.units.new") : existing.getName(),
                getTranslation("action.save"), "unit-save");
        EntityForm form = d.form();
        TextField name = form.field("name", new TextField(getTranslation("org.units.name")));
        name.setId("unit-name");
        name.setRequiredIndicatorVisible(true);
        TextField shortName = form.field("shortName", new TextField(getTranslation("org.units.shortName")));
        ComboBox<Branch> br = form.field("branch", new ComboBox<>(getTranslation("org.branch"), org.choices().branches()));
        br.setItemLabelGenerator(Branch::getName);
        br.setClearButtonVisible(true);
        IntegerField order = form.field("displayOrder", new IntegerField(getTranslation("org.units.order")));
        order.setMin(0);
        order.setValue(existing == null ? 100 : existing.getDisplayOrder());
        Checkbox active = form.field("active", new Checkbox(getTranslation("org.units.active"), existing == null || existing.isActive()));
        TextField reason = form.field("reason", new TextField(getTranslation("org.reason")));
        if (existing != null) {
            name.setValue(existing.getName());
            shortName.setValue(Objects.toString(existing.getShortName(), ""));
            if (existing.getBranch() != null) {
                br.getListDataView().getItems().filter(b -> b.getId().equals(existing.getBranch().getId())).findFirst()
                        .ifPresent(br::setValue);
            }
        }
        d.onSave(() -> {
            units.saveUnit(existing == null ? null : existing.getId(), existing == null ? 0 : existing.getVersion(),
                    new UnitService.UnitForm(name.getValue(), shortName.getValue(), br.getValue() == null ? null : br.getValue().getId(),
                            order.getValue() == null ? 100 : order.getValue(), active.getValue()), reason.getValue());
            OrgUi.ok(getTranslation("org.saved"));
            refresh();
        }).open();
    }
}
