package cn.fuwukuaiche.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.UserTransaction;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The in-container tests' entity manager: outside a transaction, every read runs in a transaction of its own (rolled
 * back: it only reads); inside one (a test's own {@code tx.begin()}, or {@link ServicesITBase#read}) it is the
 * container's entity manager as it is.
 *
 * <p>Why: outside a transaction the container's entity manager is a new one per call, registered with the request's
 * invocation, and a task that ends on another thread with the request's context (the screens' push after a commit) can
 * close it while the test's query runs: "Attempting to execute an operation on a closed EntityManager", now and then,
 * more often on a loaded machine (seen in CI on MariaDB, 2026-12-07). A query made outside a transaction is therefore
 * only recorded (its text and its parameters) and made and run when a result is asked for.
 */
final class OwnTransactionReads {

    /** The query methods that give a result: the query is made and run then. */
    private static final Set<String> RESULTS = Set.of("getResultList", "getSingleResult", "getResultStream", "executeUpdate");

    private OwnTransactionReads() {
    }

    static EntityManager wrap(Supplier<EntityManager> container, Supplier<UserTransaction> tx) {
        return (EntityManager) Proxy.newProxyInstance(OwnTransactionReads.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args);
                    }
                    if (inTransaction()) {
                        return invoke(method, container.get(), args);
                    }
                    if (method.getName().startsWith("create") && Query.class.isAssignableFrom(method.getReturnType())) {
                        return recordedQuery(method, args, container, tx);
                    }
                    return inOwnTransaction(tx.get(), () -> invoke(method, container.get(), args));
                });
    }

    private static Object recordedQuery(Method create, Object[] createArgs, Supplier<EntityManager> container,
                                        Supplier<UserTransaction> tx) {
        List<Object[]> calls = new ArrayList<>();
        Class<?> type = create.getReturnType();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args);
            }
            if (!RESULTS.contains(method.getName()) && type.isAssignableFrom(method.getReturnType())
                    && method.getReturnType().isAssignableFrom(type)) {
                calls.add(new Object[] {method, args});
                return proxy;
            }
            Supplier<Object> run = () -> {
                Object query = invoke(create, container.get(), createArgs);
                for (Object[] call : calls) {
                    invoke((Method) call[0], query, (Object[]) call[1]);
                }
                Object result = invoke(method, query, args);
                // a stream must be read while its transaction lasts
                return result instanceof java.util.stream.Stream<?> s ? s.toList().stream() : result;
            };
            return inTransaction() ? run.get() : inOwnTransaction(tx.get(), run);
        };
        return Proxy.newProxyInstance(OwnTransactionReads.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static volatile TransactionSynchronizationRegistry registry;

    /**
     * Whether this thread has a transaction: asked of the synchronization registry, which answers everywhere — also in
     * an EJB's container-managed transaction ({@code HallScope}'s work), where the UserTransaction may not be touched.
     */
    private static boolean inTransaction() {
        try {
            if (registry == null) {
                registry = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            }
            return registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object inOwnTransaction(UserTransaction tx, Supplier<Object> work) {
        try {
            tx.begin();
            try {
                return work.get();
            } finally {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "OwnTransactionReads proxy";
        };
    }
}
