package cn.fuwukuaiche.base.hall;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
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

    @AroundInvoke
    public Object bind(InvocationContext ic) throws Exception {
        Optional<Long> page = HallContext.page();
        if (page.isPresent() && HallContext.forced().isEmpty() && isPageHall(ic)) {
            return HallContext.withForced(page.get(), () -> bindAndProceed(ic));
        }
        return bindAndProceed(ic);
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
