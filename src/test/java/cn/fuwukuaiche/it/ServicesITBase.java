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

    @Inject
    jakarta.transaction.UserTransaction tx;

    /**
     * A test's own read in a transaction of its own (rolled back: it only reads). Outside a transaction the container's
     * entity manager is a new one per call that the container may already have closed when the next call comes, which
     * failed now and then with "Attempting to execute an operation on a closed EntityManager".
     */
    <T> T read(java.util.function.Supplier<T> query) {
        try {
            tx.begin();
            try {
                return query.get();
            } finally {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long auditCount(String actor, AuditAction action, String summaryPart) {
        return read(() -> em.createQuery("select count(a) from AuditEntry a where a.actor = :actor and a.action = :action "
                + "and a.summary like :s", Long.class).setParameter("actor", actor).setParameter("action", action.name())
                .setParameter("s", "%" + summaryPart + "%").getSingleResult());
    }

    Long personOf(String username) {
        return read(() -> em.createNamedQuery(cn.fuwukuaiche.security.entity.UserAccount.BY_USERNAME,
                cn.fuwukuaiche.security.entity.UserAccount.class).setParameter("username", username).getSingleResult().getStaffId());
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
        // in a transaction of its own (see read): outside one the container's entity manager may already be closed
        return read(() -> new cn.fuwukuaiche.base.work.WorkViewer(username, em.createNamedQuery(
                        cn.fuwukuaiche.security.entity.UserAccount.BY_USERNAME, cn.fuwukuaiche.security.entity.UserAccount.class)
                .setParameter("username", username).getSingleResult()
                .getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet())));
    }
}
