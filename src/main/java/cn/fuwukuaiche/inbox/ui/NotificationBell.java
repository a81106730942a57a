package cn.fuwukuaiche.inbox.ui;

import cn.fuwukuaiche.inbox.control.InboxListeners;
import cn.fuwukuaiche.inbox.control.InboxService;
import cn.fuwukuaiche.security.control.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The bell in the header: the unread count, updated by server push when a notification arrives for the user (no
 * reload); a click opens the list.
 */
public class NotificationBell extends Button {

    private final InboxService inbox;
    private final String username;
    private final Span count = new Span();

    public NotificationBell(InboxService inbox, InboxListeners listeners, CurrentUser currentUser) {
        this.inbox = inbox;
        this.username = currentUser.username().orElse("");
        setId("bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setIcon(new Icon(VaadinIcon.BELL));
        count.setId("bell-count");
        count.addClassName("bell-count");
        count.getElement().getThemeList().add("badge error pill small primary");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(u -> u.navigate(NotificationsView.class)));
        refresh();
        addAttachListener(e -> refresh());
        InboxPush.follow(this, listeners, username, this::refresh);
    }

    /** Reads the count again (the list calls it after marking read). */
    public void refresh() {
        long n = inbox.unreadCountOf(username);
        count.setText(String.valueOf(n));
        count.setVisible(n > 0);
        getElement().setAttribute("aria-label", getTranslation("inbox.bell.label", n));
        getElement().setAttribute("title", getTranslation("inbox.bell.label", n));
    }
}
