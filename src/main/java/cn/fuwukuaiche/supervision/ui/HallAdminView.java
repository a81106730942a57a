package cn.fuwukuaiche.supervision.ui;

import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.org.control.HallRules;
import cn.fuwukuaiche.org.control.HallService;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.supervision.control.HallAdminService;
import cn.fuwukuaiche.supervision.entity.SupervisorOffice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 政务服务中心管理 (SUPER_ADMIN): the halls with their supervising offices; a new hall with its first administrator,
 * whose one-time password is shown once on this page; the offices, the halls each supervises and their supervisor
 * accounts.
 */
@Dependent
@Route("admin/halls")
@Menu(title = "menu.halls", order = 6, icon = "vaadin:building")
@RolesAllowed(Role.Names.SUPER_ADMIN)
public class HallAdminView extends VerticalLayout implements HasDynamicTitle {

    private final HallAdminService service;
    private final Grid<HallAdminService.HallRow> halls = new Grid<>();
    private final Grid<SupervisorOffice> offices = new Grid<>();
    private final Span created = new Span();

    @Inject
    public HallAdminView(HallAdminService service) {
        this.service = service;
        setWidthFull();
        Button newHall = new Button(getTranslation("halls.new"), VaadinIcon.PLUS.create(), e -> newHall());
        newHall.setId("halls-new");
        newHall.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        created.setId("halls-created");
        created.addClassName("one-time-password");
        halls.setId("halls-grid");
        halls.setAllRowsVisible(true);
        halls.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        halls.addColumn(HallAdminService.HallRow::code).setHeader(getTranslation("halls.code")).setAutoWidth(true);
        halls.addColumn(HallAdminService.HallRow::name).setHeader(getTranslation("halls.name")).setAutoWidth(true);
        halls.addColumn(HallAdminService.HallRow::county).setHeader(getTranslation("halls.county")).setAutoWidth(true);
        halls.addColumn(HallAdminService.HallRow::address).setHeader(getTranslation("halls.address")).setFlexGrow(1);
        halls.addColumn(h -> String.join("、", h.offices())).setHeader(getTranslation("halls.offices")).setAutoWidth(true);

        Button newOffice = new Button(getTranslation("halls.office.new"), VaadinIcon.PLUS.create(), e -> newOffice());
        newOffice.setId("halls-office-new");
        offices.setId("halls-offices");
        offices.setAllRowsVisible(true);
        offices.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        offices.addColumn(SupervisorOffice::getName).setHeader(getTranslation("halls.office.name")).setAutoWidth(true);
        offices.addColumn(o -> o.getRegion() == null ? "" : o.getRegion()).setHeader(getTranslation("halls.office.region")).setAutoWidth(true);
        offices.addColumn(this::hallNames).setHeader(getTranslation("halls.office.halls")).setFlexGrow(1);
        offices.addComponentColumn(o -> {
            Button assign = new Button(getTranslation("halls.office.assign"), e -> assign(o));
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button account = new Button(getTranslation("halls.office.account"), e -> newSupervisor(o));
            account.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(assign, account);
        }).setAutoWidth(true);
        HorizontalLayout officeBar = new HorizontalLayout(new H3(getTranslation("halls.office.heading")), newOffice);
        officeBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("halls.title")), new Paragraph(getTranslation("halls.intro")), newHall, created, halls,
                officeBar, offices);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("halls.pageTitle");
    }

    private void refresh() {
        halls.setItems(service.halls());
        offices.setItems(service.offices());
    }

    private String hallNames(SupervisorOffice o) {
        Map<Long, String> names = service.halls().stream()
                .collect(Collectors.toMap(HallAdminService.HallRow::id, HallAdminService.HallRow::name));
        return o.getHallIds().stream().map(names::get).filter(java.util.Objects::nonNull).collect(Collectors.joining("、"));
    }

    private void newHall() {
        EditDialog dialog = new EditDialog(getTranslation("halls.new"), getTranslation("halls.create"), "halls-save");
        EntityForm form = dialog.form();
        TextField code = form.field("code", new TextField(getTranslation("halls.code")), v -> HallRules.codeProblem(v));
        code.setId("halls-code");
        code.setHelperText(getTranslation("halls.codeHelp"));
        TextField name = form.field("name", new TextField(getTranslation("halls.name")));
        name.setId("halls-name");
        TextField county = form.field("county", new TextField(getTranslation("halls.county")));
        county.setId("halls-county");
        TextField address = form.field("address", new TextField(getTranslation("halls.address")));
        address.setId("halls-address");
        TextField username = form.field("username", new TextField(getTranslation("halls.adminUsername")));
        username.setId("halls-admin-username");
        TextField displayName = form.field("displayName", new TextField(getTranslation("halls.adminName")));
        displayName.setId("halls-admin-name");
        dialog.onSave(() -> {
            HallAdminService.NewHall h = service.createHall(new HallService.HallForm(code.getValue(), name.getValue(),
                    county.getValue(), address.getValue()), username.getValue().strip(), displayName.getValue());
            created.setText(getTranslation("halls.createdText", h.code(), h.adminUsername(), h.oneTimePassword()));
            EntityForm.saved(getTranslation("halls.createdShort", h.code()));
            refresh();
        }).open();
    }

    private void newOffice() {
        EditDialog dialog = new EditDialog(getTranslation("halls.office.new"), "halls-office-save");
        TextField name = dialog.form().field("name", new TextField(getTranslation("halls.office.name")));
        TextField region = dialog.form().field("region", new TextField(getTranslation("halls.office.region")));
        dialog.onSave(() -> {
            service.createOffice(name.getValue(), region.getValue());
            EntityForm.saved(getTranslation("halls.saved"));
            refresh();
        }).open();
    }

    private void assign(SupervisorOffice o) {
        EditDialog dialog = new EditDialog(getTranslation("halls.office.assignTitle", o.getName()), "halls-assign-save");
        CheckboxGroup<HallAdminService.HallRow> choice = dialog.form().field("halls",
                new CheckboxGroup<>(getTranslation("halls.office.halls")));
        var all = service.halls();
        choice.setItems(all);
        choice.setItemLabelGenerator(h -> getTranslation("halls.hallChoice", h.name(), h.code()));
        choice.setValue(all.stream().filter(h -> o.getHallIds().contains(h.id())).collect(Collectors.toSet()));
        TextField reason = dialog.form().field("reason", new TextField(getTranslation("halls.reason")));
        dialog.onSave(() -> {
            Set<Long> ids = choice.getValue().stream().map(HallAdminService.HallRow::id).collect(Collectors.toCollection(TreeSet::new));
            service.assign(o.getId(), o.getVersion(), ids, reason.getValue());
            EntityForm.saved(getTranslation("halls.saved"));
            refresh();
        }).open();
    }

    private void newSupervisor(SupervisorOffice o) {
        EditDialog dialog = new EditDialog(getTranslation("halls.office.accountTitle", o.getName()), "halls-supervisor-save");
        TextField username = dialog.form().field("username", new TextField(getTranslation("halls.adminUsername")));
        TextField displayName = dialog.form().field("displayName", new TextField(getTranslation("halls.adminName")));
        dialog.onSave(() -> {
            UserService.CreatedAccount a = service.createSupervisor(o.getId(), username.getValue().strip(), displayName.getValue());
            created.setText(getTranslation("halls.supervisorCreated", a.username(), a.oneTimePassword()));
            EntityForm.saved(getTranslation("halls.saved"));
        }).open();
    }
}
