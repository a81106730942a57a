package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.it.incontainer.SignIn;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;

/**
 * The top of the in-container tests' hierarchy (see {@link ServicesIT}): what every area uses.
 */
abstract class ServicesITBase {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignIn signIn;

    @Inject
    WorkCalendarProvider calendars;

    static YearMonth monthsAgo(int n) {
        return YearMonth.from(Times.today()).minusMonths(n);
    }

    long auditCount(String actor, AuditAction action, String summaryPart) {
        return em.createQuery("select count(a) from AuditEntry a where a.actor = :actor and a.action = :action "
                + "and a.summary like :s", Long.class).setParameter("actor", actor).setParameter("action", action.name())
                .setParameter("s", "%" + summaryPart + "%").getSingleResult();
    }

    Long personOf(String username) {
        return em.createNamedQuery(cn.fuwukuaiche.security.entity.UserAccount.BY_USERNAME, cn.fuwukuaiche.security.entity.UserAccount.class)
                .setParameter("username", username).getSingleResult().getStaffId();
    }

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /** The workbench's viewer for a demo account: its login name and role names (for the areas' TodoSource tests). */
    cn.fuwukuaiche.base.work.WorkViewer viewer(String username) {
        var account = em.createNamedQuery(cn.fuwukuaiche.security.entity.UserAccount.BY_USERNAME, cn.fuwukuaiche.security.entity.UserAccount.class)
                .setParameter("username", username).getSingleResult();
        return new cn.fuwukuaiche.base.work.WorkViewer(username,
                account.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    }
}
