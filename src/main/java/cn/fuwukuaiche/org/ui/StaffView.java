package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.control.StaffService;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 人员管理: the staff the caller may see, with search and filters (floor, unit, branch, political status,
 * gender), Excel export of what is shown, and add/edit for ADMIN and (within their branch) SECRETARY.
 * Phones show to ADMIN, LEADER and SECRETARY; STAFF see only their own.
 */
@Dependent
@Route("org/staff")
@PageTitle("人员管理 · 服务快车")
@Menu(title = "menu.org.staff", order = 21, icon = "vaadin:user-card")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class StaffView extends VerticalLayout {

    private final OrgService org;
    private final StaffService staffService;
    private final StaffService.Scope scope;
    private final boolean admin;
    private final Grid<Staff> grid = new Grid<>();
    private final TextField text;
    private final ComboBox<Floor> floor;
    private final ComboBox<Unit> unit;
    private final ComboBox<Branch> branch;
    private final ComboBox<PoliticalStatus> status;
    private final ComboBox<Gender> gender;
    private final Checkbox inactive;
    private final Span count = new Span();
    private List<Staff> shown = List.of();

    @Inject
    public StaffView(OrgService org, StaffService staffService, CurrentUser currentUser) {
        this.org = org;
        this.staffService = staffService;
        this.scope = staffService.scope();
        this.admin = currentUser.is(Role.ADMIN);
        setSizeFull();
        OrgService.Choices choices = org.choices();
        ListFilters lists = ListFilters.of(choices, "staff-search", this::refresh);
        text = lists.text();
        text.setPlaceholder(getTranslation("org.staff.searchHint"));
        floor = lists.floor();
        unit = lists.unit();
        branch = lists.branch();
        branch.setId("staff-filter-branch");
        inactive = lists.inactive();
        status = OrgUi.filter(getTranslation("org.staff.status"), List.of(PoliticalStatus.values()));
        status.setItemLabelGenerator(PoliticalStatus::label);
        status.setId("staff-filter-status");
        gender = OrgUi.filter(getTranslation("org.staff.gender"), List.of(Gender.values()));
        gender.setItemLabelGenerator(Gender::label);
        gender.setWidth("7em");
        status.addValueChangeListener(e -> refresh());
        gender.addValueChangeListener(e -> refresh());

        HorizontalLayout actions = new HorizontalLayout();
        if (admin || currentUser.is(Role.SECRETARY)) {
            Button add = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(),
                    e -> new StaffDialog(org, staffService, null, admin, this::refresh).open());
            add.setId("staff-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(add);
        }
        if (admin) {
            Button imp = new Button(getTranslation("org.import.title"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
            imp.setId("staff-import");
            actions.add(imp);
        }
        actions.add(OrgUi.download("staff-export", getTranslation("action.export"), getTranslation("org.staff.exportName") + ".xlsx", this::exportBytes));

        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        for (Column c : columns()) {
            grid.addColumn(c.value::apply).setHeader(c.header).setAutoWidth(true).setResizable(true).setSortable(true);
        }
        grid.addComponentColumn(s -> {
            if (!scope.edits(s)) {
                return new Span();
            }
            Button edit = new Button(getTranslation("action.edit"), e -> new StaffDialog(org, staffService, staffService.staff(s.getId()), admin,
                    this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-" + s.getStaffNo());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(s ->
                new Span(s.getDuties() == null ? "" : getTranslation("org.staff.duties") + "：" + s.getDuties())));
        count.setId("staff-count");

        HorizontalLayout filters = new HorizontalLayout(text, floor, unit, branch, status, gender, inactive);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("org.staff.title")), count, actions);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(head, filters, grid);
        refresh();
    }

    private record Column(String header, java.util.function.Function<Staff, Object> value) {
    }

    private List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column(getTranslation("org.staff.staffNo"), Staff::getStaffNo));
        c.add(new Column(getTranslation("org.staff.name"), Staff::getName));
        c.add(new Column(getTranslation("org.staff.gender"), s -> s.getGender().label()));
        c.add(new Column(getTranslation("org.staff.status"), s -> s.getPoliticalStatus().label()));
        c.add(new Column(getTranslation("org.staff.unit"), s -> s.getUnit().displayName()));
        c.add(new Column(getTranslation("org.staff.window"), s -> s.getWindow() == null ? "" : s.getWindow().label()));
        c.add(new Column(getTranslation("org.staff.branch"), s -> s.getBranch() == null ? "" : s.getBranch().getName()));
        c.add(new Column(getTranslation("org.staff.post"), s -> s.getPost() == null ? "" : s.getPost()));
        c.add(new Column(getTranslation("org.staff.phone"), this::phoneShown));
        c.add(new Column(getTranslation("org.staff.active"), s -> getTranslation(s.isActive() ? "org.staff.onDuty" : "common.disabled")));
        return c;
    }

    /** Private: STAFF see only their own number. */
    private String phoneShown(Staff s) {
        if (s.getPhone() == null) {
            return "";
        }
        if (scope.seesAll() || scope.branchId() != null || s.getId().equals(scope.staffId())) {
            return s.getPhone();
        }
        return Staff.maskPhone(s.getPhone());
    }

    private void refresh() {
        shown = staffService.findStaff(new StaffService.StaffFilter(text.getValue(), id(floor.getValue()), id(unit.getValue()),
                id(branch.getValue()), status.getValue(), gender.getValue(), inactive.getValue()));
        grid.setItems(shown);
        long members = shown.stream().filter(Staff::isPartyMember).count();
        long women = shown.stream().filter(Staff::isWoman).count();
        count.setText(getTranslation("org.staff.count", shown.size(), members, women));
    }

    private byte[] exportBytes() {
        List<ExcelExport.Column<Staff>> cols = columns().stream()
                .map(c -> new ExcelExport.Column<Staff>(c.header(), c.value()::apply)).toList();
        return ExcelExport.toBytes(getTranslation("org.staff.exportName"), cols, shown);
    }

    private static Long id(cn.fuwukuaiche.base.entity.BaseEntity e) {
        return e == null ? null : e.getId();
    }
}
