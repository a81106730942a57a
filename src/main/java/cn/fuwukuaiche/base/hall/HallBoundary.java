package cn.fuwukuaiche.base.hall;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

/**
 * The one place a transaction gets its hall: the default interceptor of every EJB (ejb-jar.xml) and of the CDI beans
 * marked {@link HallBound}. Before the call it decides the hall ({@link HallResolution}: forced, the signed-in
 * account's, the page's) and sets it as the {@value HallContext#PROPERTY} property of the transaction's entity
 * manager, which EclipseLink reads for every hall-owned entity: each query gets {@code hall_id = ?}, each insert writes
 * it (META-INF/eclipselink-orm.xml). The first call of a transaction sets it, before the entity manager's first use;
 * a later call in the same transaction that would work for another hall is refused. No hall known: nothing is set,
 * and EclipseLink refuses every query and write on a hall-owned entity. A method marked {@link PageHall} (a public
 * page's service) works for the page's hall, whoever is signed in.
 *
 * <p>A {@link HallBound} reader called outside any EJB and transaction (from a page, a public feed, a managed task) runs
 * in a transaction of its own ({@link HallTransaction#required}). Without one it used the container's
 * non-transactional entity manager, which Payara keeps in a registry of the request's invocation; a task the request
 * hands to a managed executor gets a copy of that invocation sharing the registry, and the task's end closes what is in
 * it — the request's entity manager too, while the request still reads with it (every to-do source then failed at
 * once). A transaction's entity manager is in no such registry. Inside an EJB the call joins the EJB's transaction (or,
 * under NOT_SUPPORTED, its lack of one) as before, and a {@link NoOwnTransaction} bean never gets one.
 */
@Interceptor
@HallBound
@Priority(Interceptor.Priority.APPLICATION)
public class HallBoundary implements Serializable {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    transient EntityManager em;

    @Inject
    transient CurrentHall current;

    @Inject
    transient HallTransaction transactions;

    @Resource
    transient TransactionSynchronizationRegistry registry;

    /** Per thread, how many EJB calls are under way (this interceptor is every EJB's, so it counts them). */
    private static final ThreadLocal<int[]> EJB_CALLS = ThreadLocal.withInitial(() -> new int[1]);

    private static final ClassValue<Boolean> EJB = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isEjb(type);
        }
    };

    private static final ClassValue<Boolean> NO_OWN_TRANSACTION = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return carries(type, List.of(NoOwnTransaction.class));
        }
    };

    @AroundInvoke
    public Object bind(InvocationContext ic) throws Exception {
        Optional<Long> page = HallContext.page();
        if (page.isPresent() && HallContext.forced().isEmpty() && isPageHall(ic)) {
            return HallContext.withForced(page.get(), () -> enter(ic));
        }
        return enter(ic);
    }

    private Object enter(InvocationContext ic) throws Exception {
        Class<?> target = ic.getTarget().getClass();
        if (EJB.get(target)) {
            int[] calls = EJB_CALLS.get();
            calls[0]++;
            try {
                return bindAndProceed(ic);
            } finally {
                calls[0]--;
            }
        }
        if (ownTransaction(EJB_CALLS.get()[0] > 0, registry.getTransactionKey() != null, NO_OWN_TRANSACTION.get(target))) {
            return transactions.required(() -> bindAndProceed(ic)).get();
        }
        return bindAndProceed(ic);
    }

    /** The rule: a CDI reader gets a transaction of its own only outside every EJB and transaction, unless it opts out. */
    static boolean ownTransaction(boolean insideEjb, boolean inTransaction, boolean optedOut) {
        return !insideEjb && !inTransaction && !optedOut;
    }

    /** An EJB's class (or a container's subclass of it); a CDI bean's (or Weld's subclass of it) is not. */
    static boolean isEjb(Class<?> type) {
        return carries(type, List.of(Stateless.class, Singleton.class, Stateful.class, MessageDriven.class));
    }

    /** Whether the class or one of its superclasses carries one of the annotations. */
    private static boolean carries(Class<?> type, List<Class<? extends Annotation>> marks) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<? extends Annotation> m : marks) {
                if (c.isAnnotationPresent(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isPageHall(InvocationContext ic) {
        return ic.getMethod() != null && (ic.getMethod().isAnnotationPresent(PageHall.class)
                || ic.getMethod().getDeclaringClass().isAnnotationPresent(PageHall.class));
    }

    private Object bindAndProceed(InvocationContext ic) throws Exception {
        Optional<Long> hall = resolve();
        if (hall.isPresent()) {
            Object set = em.getProperties().get(HallContext.PROPERTY);
            if (set == null) {
                em.setProperty(HallContext.PROPERTY, hall.get());
            } else if (HallSql.value(set) != hall.get()) {
                throw new IllegalStateException("a transaction of hall " + set + " cannot work for hall " + hall.get());
            }
        }
        return ic.proceed();
    }

    private Optional<Long> resolve() {
        return current.get();
    }
}
