package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.org.control.OrgRules;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.control.WindowService;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.org.entity.Zone;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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

/** 窗口: list with search and floor/unit/branch filters, Excel export; ADMIN adds, edits and deactivates. */
@Route("org/windows")
@PageTitle("窗口管理 · 服务快车")
@Menu(title = "menu.org.windows", order = 22, icon = "vaadin:desktop")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class WindowView extends VerticalLayout {

    private final OrgService org;
    private final WindowService windows;
    private final Grid<ServiceWindow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Floor> floor;
    private final ComboBox<Unit> unit;
    private final ComboBox<Branch> branch;
    private final Checkbox inactive = new Checkbox();
    private List<ServiceWindow> shown = List.of();

    @Inject
    public WindowView(OrgService org, WindowService windows, CurrentUser currentUser) {
        this.org = org;
        this.windows = windows;
        boolean admin = currentUser.is(Role.ADMIN);
        setSizeFull();
        OrgService.Choices choices = org.choices();
        text.setLabel(getTranslation("org.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("window-search");
        floor = OrgUi.filter(getTranslation("org.floor"), choices.floors());
        floor.setItemLabelGenerator(Floor::getName);
        unit = OrgUi.filter(getTranslation("org.unit"), choices.units());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setWidth("16em");
        branch = OrgUi.filter(getTranslation("org.branch"), choices.branches());
        branch.setItemLabelGenerator(Branch::getName);
        inactive.setLabel(getTranslation("org.showInactive"));
        text.addValueChangeListener(e -> refresh());
        floor.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        branch.addValueChangeListener(e -> refresh());
        inactive.addValueChangeListener(e -> refresh());

        grid.setId("window-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        for (ExcelExport.Column<ServiceWindow> c : columns()) {
            grid.addColumn(w -> Objects.toString(c.value().apply(w), "")).setHeader(c.header()).setAutoWidth(true).setSortable(true);
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (admin) {
            grid.addComponentColumn(w -> {
                Button edit = new Button(getTranslation("action.edit"), e -> edit(w));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                edit.setId("edit-window-" + w.getWindowNo());
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("window-new");
            actions.add(add);
        }
        actions.add(OrgUi.download("window-export", getTranslation("action.export"), getTranslation("org.windows.exportName") + ".xlsx",
                () -> ExcelExport.toBytes(getTranslation("org.windows.exportName"), columns(), shown)));
        HorizontalLayout filters = new HorizontalLayout(text, floor, unit, branch, inactive);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("org.windows.title")), actions);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(head, filters, grid);
        refresh();
    }

    private List<ExcelExport.Column<ServiceWindow>> columns() {
        return List.of(
                new ExcelExport.Column<>(getTranslation("org.windows.no"), ServiceWindow::getWindowNo),
                new ExcelExport.Column<>(getTranslation("org.windows.name"), ServiceWindow::getName),
                new ExcelExport.Column<>(getTranslation("org.unit"), w -> w.getUnit().getName()),
                new ExcelExport.Column<>(getTranslation("org.floor"), w -> w.getFloor().getName()),
                new ExcelExport.Column<>(getTranslation("org.zone"), w -> w.getZone() == null ? "" : w.getZone().getName()),
                new ExcelExport.Column<>(getTranslation("org.branch"), w -> w.branch() == null ? "" : w.branch().getName()),
                new ExcelExport.Column<>(getTranslation("org.windows.scope"), ServiceWindow::getBusinessScope),
                new ExcelExport.Column<>(getTranslation("org.staff.active"), w -> getTranslation(w.isActive() ? "common.enabled" : "common.disabled")));
    }

    private void refresh() {
        shown = windows.findWindows(new WindowService.WindowFilter(text.getValue(), id(floor.getValue()), id(unit.getValue()),
                id(branch.getValue()), inactive.getValue()));
        grid.setItems(shown);
    }

    private static Long id(cn.fuwukuaiche.base.entity.BaseEntity e) {
        return e == null ? null : e.getId();
    }

    private void edit(ServiceWindow existing) {
        OrgService.Choices choices = org.choices();
        Dialog d = new Dialog();
        d.setHeaderTitle(existing == null ? getTranslation("org.windows.new") : existing.label());
        d.setId("window-dialog");
        TextField no = new TextField(getTranslation("org.windows.no"));
        no.setId("window-no");
        no.setRequiredIndicatorVisible(true);
        no.setHelperText(getTranslation("org.windows.noHelp"));
        no.setValueChangeMode(ValueChangeMode.ON_BLUR);
        no.addValueChangeListener(e -> {
            var p = OrgRules.windowNoProblem(e.getValue());
            no.setErrorMessage(p.orElse(null));
            no.setInvalid(p.isPresent());
        });
        TextField name = new TextField(getTranslation("org.windows.name"));
        name.setId("window-name");
        name.setRequiredIndicatorVisible(true);
        ComboBox<Unit> u = new ComboBox<>(getTranslation("org.unit"), choices.units());
        u.setItemLabelGenerator(Unit::getName);
        u.setId("window-unit");
        ComboBox<Floor> f = new ComboBox<>(getTranslation("org.floor"), choices.floors());
        f.setItemLabelGenerator(Floor::getName);
        f.setId("window-floor");
        ComboBox<Zone> z = new ComboBox<>(getTranslation("org.zone"));
        z.setItemLabelGenerator(Zone::getName);
        z.setClearButtonVisible(true);
        f.addValueChangeListener(e -> z.setItems(e.getValue() == null ? List.of()
                : choices.zones().stream().filter(x -> x.getFloor().getId().equals(e.getValue().getId())).toList()));
        TextArea scope = new TextArea(getTranslation("org.windows.scope"));
        scope.setMaxLength(500);
        Checkbox active = new Checkbox(getTranslation("org.units.active"), existing == null || existing.isActive());
        TextField reason = new TextField(getTranslation("org.reason"));
        if (existing != null) {
            no.setValue(existing.getWindowNo());
            name.setValue(existing.getName());
            choices.units().stream().filter(x -> x.getId().equals(existing.getUnit().getId())).findFirst().ifPresent(u::setValue);
            choices.floors().stream().filter(x -> x.getId().equals(existing.getFloor().getId())).findFirst().ifPresent(f::setValue);
            if (existing.getZone() != null) {
                z.getListDataView().getItems().filter(x -> x.getId().equals(existing.getZone().getId())).findFirst().ifPresent(z::setValue);
            }
            scope.setValue(Objects.toString(existing.getBusinessScope(), ""));
        }
        FormLayout form = new FormLayout(no, name, u, f, z, active, scope, reason);
        d.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("windowNo", no, "name", name, "unit", u,
                    "floor", f, "zone", z, "businessScope", scope);
            fields.values().forEach(x -> x.setInvalid(false));
            try {
                windows.saveWindow(existing == null ? null : existing.getId(), existing == null ? 0 : existing.getVersion(),
                        new WindowService.WindowForm(no.getValue(), name.getValue(), id(u.getValue()), id(f.getValue()),
                                id(z.getValue()), scope.getValue(), active.getValue()), reason.getValue());
                OrgUi.ok(getTranslation("org.saved"));
                d.close();
                refresh();
            } catch (BusinessException ex) {
                OrgUi.show(ex, fields);
            }
        });
        save.setId("window-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }
}
