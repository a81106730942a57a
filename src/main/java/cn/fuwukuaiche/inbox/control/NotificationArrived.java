package cn.fuwukuaiche.inbox.control;

/** Fired when a notification is stored for {@code recipient}; {@link InboxListeners} pushes it after commit. */
public record NotificationArrived(String recipient) {
}
