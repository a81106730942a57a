package cn.fuwukuaiche.app.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.Workbench;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.inbox.control.InboxListeners;
import cn.fuwukuaiche.inbox.ui.InboxPush;
import cn.fuwukuaiche.security.control.AccountDirectory;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * 工作台, the home page: the signed-in user's to-dos from every area ({@link Workbench}, red → yellow → green → none,
 * then by deadline; each a link to where it is done), refreshed by push when a notification arrives for him, and a
 * few key figures of the month ({@link WorkbenchFigures}).
 */
@Dependent
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    private final Workbench workbench;
    private final AccountDirectory accounts;
    private final WorkViewer viewer;
    private final Div todos = new Div();

    @Inject
    public WorkbenchView(Workbench workbench, CurrentUser currentUser, AccountDirectory accounts, InboxListeners listeners,
                         WorkbenchFigures figures) {
        this.workbench = workbench;
        this.accounts = accounts;
        addClassName("workbench");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (currentUser.is(r)) {
                roles.add(r);
            }
        }
        this.viewer = new WorkViewer(currentUser.username().orElse(""),
                roles.stream().map(Role::name).collect(Collectors.toSet()));
        currentUser.account().ifPresent(me -> {
            H2 welcome = new H2(getTranslation("home.welcome", me.getDisplayName()));
            welcome.setId("welcome");
            add(welcome, new Paragraph(getTranslation("home.roles",
                    roles.stream().map(Role::label).collect(Collectors.joining("、")))));
        });
        todos.setId("todo-list");
        todos.addClassName("todo-list");
        H3 title = new H3(getTranslation("workbench.todos"));
        add(title, todos, figures.panel(roles));
        showTodos();
        InboxPush.follow(this, listeners, viewer.username(), this::showTodos);
    }

    private void showTodos() {
        todos.removeAll();
        // the account's scope read again on every refresh: a changed branch or window shows at once
        Workbench.Result result = workbench.todos(accounts.viewer(viewer.username(), viewer.roles()), Times.today());
        for (Todo t : result.todos()) {
            todos.add(row(t));
        }
        for (String source : result.unavailable()) {
            Div row = new Div(new Span(getTranslation("workbench.unavailable")));
            row.addClassNames("todo-row", "todo-unavailable");
            row.getElement().setAttribute("title", source);
            todos.add(row);
        }
        if (result.todos().isEmpty() && result.unavailable().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("workbench.none"));
            none.setId("todo-none");
            todos.add(none);
        }
    }

    private Component row(Todo t) {
        Span light = new Span(t.light() == Todo.Light.NONE ? getTranslation("workbench.noDeadline") : t.light().label());
        light.addClassNames("todo-light", "light-" + t.light().name().toLowerCase());
        Span area = new Span(t.area());
        area.addClassName("todo-area");
        Anchor what = new Anchor(t.route(), t.what());
        what.addClassName("todo-what");
        Span whose = new Span(t.whose());
        whose.addClassName("todo-whose");
        Span deadline = new Span(t.deadline() == null ? "" : getTranslation("workbench.deadline", Times.format(t.deadline())));
        deadline.addClassName("todo-deadline");
        Div row = new Div(light, area, what, whose, deadline);
        row.addClassName("todo-row");
        row.getElement().setAttribute("data-light", t.light().name());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.title") + " · " + getTranslation("app.brand");
    }
}
