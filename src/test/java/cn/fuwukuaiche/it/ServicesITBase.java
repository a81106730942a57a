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

    /** The demo county's hall, the first of the fresh database: the hall of {@link #containerEm}, for native SQL. */
    static final long DEMO_HALL = 1;

    /**
     * The tests read as the demo county's hall (the first hall of the fresh database): the test class is no EJB, so
     * {@code HallBoundary} does not set its hall; a transaction an EJB began first keeps the EJB's hall.
     */
    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1"))
    EntityManager containerEm;

    /** The container's entity manager, each read outside a transaction in one of its own (see OwnTransactionReads). */
    final EntityManager em = OwnTransactionReads.wrap(() -> this.containerEm, () -> this.tx);

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
     * A test's own reads in one transaction of their own (rolled back: they only read), for several reads that belong
     * together; a single read through {@code em} gets one anyway (OwnTransactionReads).
     */
    @SuppressWarnings("unchecked")
    <T> T read(java.util.function.Supplier<T> query) {
        return (T) OwnTransactionReads.inOwnTransaction(tx, query::get);
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

    /** The workbench's viewer for a demo account: its login name, role names and scope (for the areas' TodoSource tests). */
    cn.fuwukuaiche.base.work.WorkViewer viewer(String username) {
        // in a transaction of its own (see read): failed with "closed EntityManager" right after an upheld objection
        return read(() -> {
            var account = em.createNamedQuery(cn.fuwukuaiche.security.entity.UserAccount.BY_USERNAME,
                    cn.fuwukuaiche.security.entity.UserAccount.class).setParameter("username", username).getSingleResult();
            return new cn.fuwukuaiche.base.work.WorkViewer(username,
                    account.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                    cn.fuwukuaiche.security.control.AccountDirectory.scope(account));
        });
    }
}
