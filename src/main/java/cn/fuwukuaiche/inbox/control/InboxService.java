package cn.fuwukuaiche.inbox.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.inbox.entity.Notification;
import cn.fuwukuaiche.security.control.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The signed-in user's notifications (only his own: every read and change is limited to the caller's username),
 * and {@link #send} for the observers of the areas' events (inside the event's transaction).
 */
@Stateless
@PermitAll
public class InboxService {

    public static final int LIST_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<NotificationArrived> arrived;

    /** Stores one notification per recipient (each told once, after commit). */
    public void send(Collection<String> recipients, String text, String route) {
        LocalDateTime now = Times.now();
        for (String r : recipients.stream().distinct().toList()) {
            em.persist(new Notification(r, text, route, now));
            arrived.fire(new NotificationArrived(r));
        }
    }

    public long unreadCount() {
        return unreadCountOf(me());
    }

    /**
     * The unread count of the bell's own user: the push runs outside the user's request, where there is no caller to
     * ask, so the bell passes the username it was built for (the signed-in user's, never one from input).
     */
    public long unreadCountOf(String me) {
        return me == null || me.isEmpty() ? 0 : em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", me).getSingleResult();
    }

    /** The newest {@value #LIST_SIZE}, unread first. */
    public List<Notification> mine() {
        String me = me();
        if (me == null) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.recipient = :me "
                        + "order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc", Notification.class)
                .setParameter("me", me).setMaxResults(LIST_SIZE).getResultList();
    }

    public void markRead(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getRecipient().equals(me())) {
            throw new BusinessException("该通知不存在");
        }
        n.markRead(Times.now());
    }

    public int markAllRead() {
        String me = me();
        if (me == null) {
            return 0;
        }
        return em.createQuery("update Notification n set n.readAt = :now, n.version = n.version + 1 "
                + "where n.recipient = :me and n.readAt is null").setParameter("now", Times.now()).setParameter("me", me)
                .executeUpdate();
    }

    private String me() {
        return currentUser.username().orElse(null);
    }
}
