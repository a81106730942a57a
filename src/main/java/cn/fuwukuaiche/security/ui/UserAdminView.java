package cn.fuwukuaiche.security.ui;

import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.security.control.ScopeDirectory;
import cn.fuwukuaiche.security.control.ScopeDirectory.Choice;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/** ADMIN manages accounts: roles, scope, activation, password resets. */
@Dependent
@Route("admin/users")
@PageTitle("用户管理 · 服务快车")
@Menu(title = "menu.users", order = 80, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends VerticalLayout {

    private final UserService users;
    private final ScopeDirectory scopes;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField filter = new TextField();

    @Inject
    public UserAdminView(UserService users, ScopeDirectory scopes) {
        this.users = users;
        this.scopes = scopes;
        setSizeFull();
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setId("users-filter");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("new-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.getRoles().stream().map(Role::label).collect(Collectors.joining("、")))
                .setHeader(getTranslation("users.roles")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.isActive() ? "common.yes" : "common.no")).setHeader(getTranslation("users.active")).setAutoWidth(true);
        grid.addColumn(u -> Times.format(u.getLastLoginAt())).setHeader(getTranslation("users.lastLogin")).setAutoWidth(true);
        grid.addColumn(u -> u.isLockedAt(Times.now()) ? Times.format(u.getLockedUntil()) : "")
                .setHeader(getTranslation("users.locked")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(u));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button reset = new Button(getTranslation("users.reset"), e -> reset(u));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reset.setId("user-reset-" + u.getUsername());
            return new HorizontalLayout(edit, reset);
        }).setAutoWidth(true);
        add(new H2(getTranslation("users.title")), new HorizontalLayout(filter, add), grid);
        refresh();
    }

    private void refresh() {
        String f = filter.getValue() == null ? "" : filter.getValue().strip();
        grid.setItems(users.list().stream()
                .filter(u -> f.isEmpty() || u.getUsername().contains(f) || u.getDisplayName().contains(f))
                .toList());
    }

    private void reset(UserAccount u) {
        String password = users.resetPassword(u.getId(), null);
        Notification n = Notification.show(getTranslation("users.resetDone", u.getDisplayName(), password),
                15000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void edit(UserAccount existing) {
        EditDialog dialog = new EditDialog(existing == null ? getTranslation("action.new") : existing.getDisplayName(),
                getTranslation("action.save"), "save-user");
        EntityForm form = dialog.form();
        TextField username = form.field("username", new TextField(getTranslation("users.username")));
        username.setId("user-username");
        TextField displayName = form.field("displayName", new TextField(getTranslation("users.displayName")));
        displayName.setId("user-displayName");
        CheckboxGroup<Role> roles = form.field("roles", new CheckboxGroup<>(getTranslation("users.roles")));
        roles.setItems(Role.hallRoles());
        roles.setItemLabelGenerator(Role::label);
        roles.setId("user-roles");
        Checkbox active = new Checkbox(getTranslation("users.active"), true);
        form.add(active);
        ComboBox<Choice> branch = form.field("branchId", choice(getTranslation("users.branch"), scopes.branches()));
        ComboBox<Choice> window = form.field("windowId", choice(getTranslation("users.window"), scopes.windows()));
        ComboBox<Choice> node = form.field("nodeId", choice(getTranslation("users.node"), scopes.nodes()));
        TextField reason = new TextField(getTranslation("users.reason"));
        if (existing != null) {
            username.setValue(existing.getUsername());
            username.setReadOnly(true);
            displayName.setValue(existing.getDisplayName());
            roles.setValue(existing.getRoles());
            active.setValue(existing.isActive());
            select(branch, existing.getBranchId());
            select(window, existing.getWindowId());
            select(node, existing.getNodeId());
            form.field("reason", reason);
        }
        dialog.onSave(() -> {
            UserService.UserForm data = new UserService.UserForm(username.getValue().strip(), displayName.getValue(),
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                    active.getValue(), id(branch), id(window), id(node));
            if (existing == null) {
                String password = users.create(data);
                Notification.show(getTranslation("users.created", data.username(), password), 15000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                users.update(existing.getId(), existing.getVersion(), data, reason.getValue());
                EntityForm.saved(getTranslation("users.saved"));
            }
            refresh();
        }).open();
    }

    private static ComboBox<Choice> choice(String label, List<Choice> items) {
        ComboBox<Choice> box = new ComboBox<>(label, items);
        box.setClearButtonVisible(true);
        box.setVisible(!items.isEmpty());
        return box;
    }

    private static void select(ComboBox<Choice> box, Long id) {
        box.getListDataView().getItems().filter(c -> Objects.equals(c.id(), id)).findFirst().ifPresent(box::setValue);
    }

    private static Long id(ComboBox<Choice> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
