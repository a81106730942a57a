package cn.fuwukuaiche.inbox.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.inbox.control.InboxListeners;
import cn.fuwukuaiche.inbox.control.InboxService;
import cn.fuwukuaiche.inbox.entity.Notification;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.control.UserService;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

/** 我的通知: the newest notifications, unread first and marked; opening one marks it read; 全部标为已读. */
@Dependent
@Route("notifications")
@com.vaadin.flow.router.Menu(title = "menu.notifications", order = 1, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final InboxService inbox;
    private final InboxListeners listeners;
    private final Div list = new Div();
    private final java.util.Optional<String> me;

    @Inject
    public NotificationsView(InboxService inbox, InboxListeners listeners, CurrentUser currentUser, UserService users) {
        this.inbox = inbox;
        this.me = currentUser.username();
        this.listeners = listeners;
        addClassName("notifications-view");
        Button all = new Button(getTranslation("inbox.markAll"), e -> {
            inbox.markAllRead();
            refresh();
        });
        all.setId("mark-all-read");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.setId("notification-list");
        list.setWidthFull();
        add(new HorizontalLayout(new H2(getTranslation("inbox.title")), all), digestAddress(users, currentUser), list);
        refresh();
    }

    /** Where the daily digest goes: the user's own address, or none (no e-mail). */
    private HorizontalLayout digestAddress(UserService users, CurrentUser currentUser) {
        EmailField email = new EmailField(getTranslation("inbox.email"));
        email.setId("digest-email");
        email.setHelperText(getTranslation("inbox.emailHint"));
        email.setClearButtonVisible(true);
        email.setWidth("24em");
        currentUser.account().map(a -> a.getEmail()).ifPresent(email::setValue);
        Button save = new Button(getTranslation("action.save"), e -> {
            email.setInvalid(false);
            try {
                users.changeOwnEmail(email.getValue());
                com.vaadin.flow.component.notification.Notification.show(getTranslation("inbox.emailSaved"), 3000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessException ex) {
                email.setErrorMessage(ex.getMessage());
                email.setInvalid(true);
            }
        });
        save.setId("save-digest-email");
        HorizontalLayout row = new HorizontalLayout(email, save);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        list.removeAll();
        var mine = inbox.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("inbox.empty")));
        }
        for (Notification n : mine) {
            Span state = new Span(getTranslation(n.isRead() ? "inbox.read" : "inbox.unread"));
            state.getElement().getThemeList().add(n.isRead() ? "badge contrast" : "badge error");
            Anchor open = new Anchor(n.getRoute(), n.getText());
            open.getElement().addEventListener("click", e -> {
                if (!n.isRead()) {
                    inbox.markRead(n.getId());
                    me.ifPresent(listeners::tell);
                }
            });
            Span when = new Span(Times.format(n.getCreatedAt()).substring(0, 16));
            when.addClassName("notification-time");
            Div row = new Div(state, when, open);
            row.addClassNames("notification-row", n.isRead() ? "read" : "unread");
            list.add(row);
        }
        me.ifPresent(listeners::tell);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.brand");
    }
}
