package cn.fuwukuaiche.base.hall;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Transactions {@link HallBoundary} begins: a new one for {@link HallScope} and one for a {@link HallBound} reader called
 * outside any EJB and transaction. {@link HallBoundary} (every EJB's default interceptor) gives each its hall before
 * any work in it.
 */
@Stateless
public class HallTransaction {

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /**
     * Runs {@code work} in a transaction begun here (the caller has none). What it throws is handed back as it was, not
     * wrapped as the container wraps an EJB's exceptions, and the transaction is rolled back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Outcome required(Callable<?> work) {
        try {
            return new Outcome(work.call(), null);
        } catch (Exception e) {
            context.setRollbackOnly();
            return new Outcome(null, e);
        }
    }

    /** The work's value, or what it threw. */
    public record Outcome(Object value, Exception failure) {

        public Object get() throws Exception {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
