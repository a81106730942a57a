package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.EditDialog;
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
import java.util.Objects;
import jakarta.enterprise.context.Dependent;

/** 窗口: list with search and floor/unit/branch filters, Excel export; ADMIN adds, edits and deactivates. */
@Dependent
@Route("org/windows")
@PageTitle("窗口管理 · 服务快车")
@Menu(title = "menu.org.windows", order = 22, icon = "vaadin:desktop")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class WindowView extends VerticalLayout {

    private final OrgService org;
    private final WindowService windows;
    private final Grid<ServiceWindow> grid = new Grid<>();
    private final TextField text;
    private final ComboBox<Floor> floor;
    private final ComboBox<Unit> unit;
    private final ComboBox<Branch> branch;
    private final Checkbox inactive;
    private List<ServiceWindow> shown = List.of();

    @Inject
    public WindowView(OrgService org, WindowService windows, CurrentUser currentUser) {
        this.org = org;
        this.windows = windows;
        boolean admin = currentUser.is(Role.ADMIN);
        setSizeFull();
        OrgService.Choices choices = org.choices();
        ListFilters lists = ListFilters.of(choices, "window-search", this::refresh);
        text = lists.text();
        floor = lists.floor();
        unit = lists.unit();
        branch = lists.branch();
        inactive = lists.inactive();

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
        EditDialog d = new EditDialog(existing == null ? getTranslation("org.windows.new") : existing.label(),
                getTranslation("action.save"), "window-save");
        d.setId("window-dialog");
        EntityForm form = d.form();
        TextField no = form.field("windowNo", new TextField(getTranslation("org.windows.no")), OrgRules::windowNoProblem);
        no.setId("window-no");
        no.setRequiredIndicatorVisible(true);
        no.setHelperText(getTranslation("org.windows.noHelp"));
        no.setValueChangeMode(ValueChangeMode.ON_BLUR);
        TextField name = form.field("name", new TextField(getTranslation("org.windows.name")));
        name.setId("window-name");
        name.setRequiredIndicatorVisible(true);
        ComboBox<Unit> u = form.field("unit", new ComboBox<>(getTranslation("org.unit"), choices.units()));
        u.setItemLabelGenerator(Unit::getName);
        u.setId("window-unit");
        ComboBox<Floor> f = form.field("floor", new ComboBox<>(getTranslation("org.floor"), choices.floors()));
        f.setItemLabelGenerator(Floor::getName);
        f.setId("window-floor");
        ComboBox<Zone> z = form.field("zone", new ComboBox<>(getTranslation("org.zone")));
        z.setItemLabelGenerator(Zone::getName);
        z.setClearButtonVisible(true);
        f.addValueChangeListener(e -> z.setItems(e.getValue() == null ? List.of()
                : choices.zones().stream().filter(x -> x.getFloor().getId().equals(e.getValue().getId())).toList()));
        Checkbox active = form.field("active", new Checkbox(getTranslation("org.units.active"), existing == null || existing.isActive()));
        TextArea scope = form.field("businessScope", new TextArea(getTranslation("org.windows.scope")));
        scope.setMaxLength(500);
        TextField reason = form.field("reason", new TextField(getTranslation("org.reason")));
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
        d.onSave(() -> {
            windows.saveWindow(existing == null ? null : existing.getId(), existing == null ? 0 : existing.getVersion(),
                    new WindowService.WindowForm(no.getValue(), name.getValue(), id(u.getValue()), id(f.getValue()),
                            id(z.getValue()), scope.getValue(), active.getValue()), reason.getValue());
            OrgUi.ok(getTranslation("org.saved"));
            refresh();
        }).open();
    }
}
