package cn.fuwukuaiche.app.ui;

import cn.fuwukuaiche.base.ui.LargeTypeToggle;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import cn.fuwukuaiche.security.ui.ChangePasswordView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.inbox.control.InboxListeners;
import cn.fuwukuaiche.inbox.control.InboxService;
import cn.fuwukuaiche.inbox.ui.NotificationBell;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * The app shell every signed-in page sits in: the brand 服务快车 and its motto, the caller's name and
 * roles, and a navigation built from the routes' {@code @Menu} annotations, filtered by the same
 * access annotations that guard the routes, so each role sees exactly what it may open.
 */
@Dependent
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditService audit;

    private final NotificationBell bell;

    @Inject
    public MainLayout(CurrentUser currentUser, UserService users, AuditService audit, InboxService inbox, InboxListeners listeners) {
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.bell = new NotificationBell(inbox, listeners, currentUser);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), navigation());
    }

    private Component brand() {
        H1 name = new H1(getTranslation("app.brand"));
        name.addClassName("brand-name");
        Span motto = new Span(getTranslation("app.motto"));
        motto.addClassName("brand-motto");
        Span hall = new Span(getTranslation("app.subtitle"));
        hall.addClassName("brand-hall");
        VerticalLayout brand = new VerticalLayout(name, hall, motto);
        brand.addClassName("brand");
        brand.setSpacing(false);
        return brand;
    }

    private Component navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        // screen readers would otherwise hear Vaadin's English "Toggle child items" on every item
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggleChildren")));
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        Map<MenuGroups.Group, SideNavItem> groups = new EnumMap<>(MenuGroups.Group.class);
        List<SideNavItem> top = new ArrayList<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            MenuGroups.Group g = MenuGroups.of(entry.menuClass());
            if (g == null) {
                top.add(item);
                continue;
            }
            groups.computeIfAbsent(g, k -> {
                SideNavItem group = new SideNavItem(getTranslation(k.key()));
                group.setPrefixComponent(new Icon("vaadin", k.icon()));
                group.setId("nav-group-" + k.name().toLowerCase());
                group.setExpanded(false);
                return group;
            }).addItem(item);
        }
        top.forEach(nav::addItem);
        groups.values().forEach(nav::addItem);
        if (!currentUser.is(Role.ADMIN)) {
            return nav;
        }
        TextField search = new TextField();
        search.setId("nav-search");
        search.setPlaceholder(getTranslation("nav.search"));
        search.getElement().setAttribute("aria-label", getTranslation("nav.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setWidthFull();
        search.addValueChangeListener(e -> filter(groups.values(), e.getValue()));
        VerticalLayout box = new VerticalLayout(search, nav);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    /** The admin's page search: shows the entries whose title contains the words, and opens their groups. */
    private static void filter(Iterable<SideNavItem> groups, String query) {
        String q = Input.search(query);
        for (SideNavItem g : groups) {
            boolean any = false;
            for (SideNavItem item : g.getItems()) {
                boolean match = q.isEmpty() || Input.search(item.getLabel()).toLowerCase().contains(q.toLowerCase());
                item.setVisible(match);
                any |= match;
            }
            g.setVisible(any);
            g.setExpanded(!q.isEmpty() && any);
        }
    }

    private Component header() {
        UserAccount me = currentUser.account().orElse(null);
        Span who = new Span(me == null ? "" : me.getDisplayName());
        who.setId("current-user");
        who.addClassName("current-user");
        Span roles = new Span(me == null ? "" : me.getRoles().stream().map(Role::label).collect(Collectors.joining("、")));
        roles.addClassName("current-roles");
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div spacer = new Div();
        HorizontalLayout bar = new HorizontalLayout(spacer, new LargeTypeToggle(), bell, who, roles, logout);
        bar.setFlexGrow(1, spacer);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("top-bar");
        return bar;
    }

    private void logout() {
        getUI().ifPresent(ui -> {
            audit.event(AuditAction.LOGOUT, "用户", null, "退出登录", null, null);
            ui.getPage().setLocation("login");
            VaadinSession.getCurrent().getSession().invalidate();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && users.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
