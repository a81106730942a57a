package cn.fuwukuaiche.inbox.control;

import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.base.control.TimerTicks;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.base.work.Workbench;
import cn.fuwukuaiche.inbox.entity.Notification;
import cn.fuwukuaiche.security.control.AccountDirectory;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The daily digest e-mail (each morning at 7:00 Beijing time) to every active account with an address: its to-dos
 * and unread notifications. Off unless {@code app.mail.digest.enabled=true}; a mail that fails is logged and the
 * others still go.
 */
@Singleton
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    @Inject
    Workbench workbench;

    @Inject
    TimerTicks ticks;

    /** At 7:00, on one node of a cluster: one digest a morning per user, not one per node. */
    @Schedule(hour = "7", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void morning() {
        Config c = ConfigProvider.getConfig();
        if (!c.getOptionalValue("app.mail.digest.enabled", Boolean.class).orElse(false) || !ticks.claim("inbox.daily-digest")) {
            return;
        }
        sendAll(smtp(c), c.getOptionalValue("app.public.base-url", String.class).orElse(""));
    }

    static DigestMailer.Smtp smtp(Config c) {
        return new DigestMailer.Smtp(c.getOptionalValue("app.mail.smtp.host", String.class).orElse("localhost"),
                c.getOptionalValue("app.mail.smtp.port", Integer.class).orElse(25),
                c.getOptionalValue("app.mail.smtp.user", String.class).orElse(""),
                c.getOptionalValue("app.mail.smtp.password", String.class).orElse(""),
                c.getOptionalValue("app.mail.smtp.starttls", Boolean.class).orElse(false),
                c.getOptionalValue("app.mail.from", String.class).orElse("fwkc@localhost"));
    }

    /** Sends every digest now; returns how many went out. */
    public int sendAll(DigestMailer.Smtp smtp, String baseUrl) {
        LocalDate today = Times.today();
        int sent = 0;
        for (Map.Entry<String, String> e : accounts.emailAddresses().entrySet()) {
            UserAccount a = accounts.byUsername(e.getKey()).orElse(null);
            if (a == null) {
                continue;
            }
            if (a.getHallId() == null) {
                continue; // an account of no hall has no hall's to-dos
            }
            try {
                WorkViewer v = new WorkViewer(a.getUsername(), a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
                        AccountDirectory.scope(a));
                var mail = HallScope.call(a.getHallId(), () -> { // the account's own hall, in a transaction of its own
                    List<String> unread = em.createQuery("select n from Notification n where n.recipient = :u "
                                    + "and n.readAt is null order by n.createdAt desc", Notification.class)
                            .setParameter("u", a.getUsername()).setMaxResults(20).getResultList().stream()
                            .map(Notification::getText).toList();
                    return DigestText.of(a.getDisplayName(), today, workbench.todos(v, today).todos(), unread, baseUrl);
                });
                if (mail.isPresent()) {
                    DigestMailer.send(smtp, e.getValue(), mail.get());
                    sent++;
                }
            } catch (Exception ex) {
                LOG.log(Level.WARNING, "每日待办邮件未能发送给 " + a.getUsername(), ex);
            }
        }
        LOG.info("每日待办邮件：已发送 " + sent + " 封");
        return sent;
    }
}
