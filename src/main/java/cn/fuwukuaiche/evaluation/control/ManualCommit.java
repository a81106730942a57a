package cn.fuwukuaiche.evaluation.control;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One transaction of the rating intake on its own, non-transactional pool ({@code DataSourceConfig.INTAKE_JNDI_NAME}):
 * the work, then {@code COMMIT} — or {@code ROLLBACK} on any failure, so the rating and its audit line are stored
 * together or not at all (issue 21).
 * <p>Why not the pool's JTA transaction: Payara's pool switches auto-commit off when a JTA transaction enlists a
 * connection and back on when it ends — {@code SET autocommit=0} and {@code SET autocommit=1}, two of a rating's five
 * round trips. Why not {@code setAutoCommit(false)} on the pool's connection handle either: the pool notes it and
 * switches auto-commit back on when the handle is closed (its default is fixed to on), the same two round trips. So
 * the work runs on the <em>physical</em> connection behind the handle (Payara's documented
 * {@code com.sun.appserv.jdbc.DataSource#getConnection(Connection)}), whose auto-commit is switched off once, the first
 * time the physical connection is used, and stays off in the pool: a rating is then its statements and one
 * {@code COMMIT}. Only this class takes connections from that pool, and every use of one ends in a commit or a
 * rollback, so no other code ever sees a connection in manual-commit mode or a transaction left open.
 * <p>Outside Payara (a plain {@link DataSource}, as in the unit tests) the handle is the connection.
 */
final class ManualCommit {

    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /** Payara's {@code getConnection(Connection)} for a data source's class, found once; empty when it has none. */
    private static final ClassValue<Optional<Method>> PHYSICAL = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return unwrapMethod(type);
        }
    };

    private ManualCommit() {
    }

    /** Runs {@code work} in one transaction on a connection of {@code ds} and commits it; rolls back on any failure. */
    static <T> T run(DataSource ds, Work<T> work) throws SQLException {
        try (Connection handle = ds.getConnection()) {
            Connection c = physical(ds, handle);
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);   // once per physical connection: it stays so in the pool
            }
            T result;
            try {
                result = work.on(c);
            } catch (Throwable e) {
                rollback(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                rollback(c, e);
                throw e;
            }
            return result;
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException r) {
            cause.addSuppressed(r);
        }
    }

    /** The driver's connection behind a pool's handle, or the handle itself when the pool offers no way to it. */
    static Connection physical(DataSource ds, Connection handle) throws SQLException {
        Optional<Method> m = PHYSICAL.get(ds.getClass());
        if (m.isEmpty()) {
            return handle;
        }
        try {
            Connection c = (Connection) m.get().invoke(ds, handle);
            return c == null ? handle : c;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new SQLException("the pool did not give the physical connection", e.getCause());
        } catch (IllegalAccessException e) {
            throw new SQLException("the pool did not give the physical connection", e);
        }
    }

    /** {@code getConnection(Connection)} as declared by a public type the class implements or extends. */
    private static Optional<Method> unwrapMethod(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {   // the interface's method first: callable whatever the class's package
                Optional<Method> m = unwrapMethod(i);
                if (m.isPresent()) {
                    return m;
                }
            }
            if (Modifier.isPublic(c.getModifiers())) {
                try {
                    Method m = c.getDeclaredMethod("getConnection", Connection.class);
                    if (Modifier.isPublic(m.getModifiers()) && Connection.class.isAssignableFrom(m.getReturnType())) {
                        return Optional.of(m);
                    }
                } catch (NoSuchMethodException e) {
                    // look further up
                }
            }
        }
        return Optional.empty();
    }
}
