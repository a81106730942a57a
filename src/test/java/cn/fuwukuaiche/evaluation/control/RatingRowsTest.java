package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditRows;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Transient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rating intake's JDBC write path (issue 21) on H2 with the schema of the migrations: how many statements a rating
 * costs (a count, not a time: it fails if a look-up comes back before the insert, or the audit line costs more than one
 * statement), idempotency by the unique key without an exception, and that the insert writes every column the entities
 * map (a column added to {@code Rating} or {@code AuditEntry} must be written by the JDBC path too).
 */
class RatingRowsTest {

    private Connection db;
    private final AtomicInteger statements = new AtomicInteger();
    private Connection counted;

    @BeforeEach
    void schema() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:ratingrows" + System.nanoTime() + ";MODE=LEGACY", "sa", "");
        try (Statement s = db.createStatement()) {
            s.execute(createTable("V20__ratings.sql", "rating"));
            s.execute(createTable("V1__foundation.sql", "audit_entry"));
            // as V182 (the hall boundary) adds them
            s.execute("ALTER TABLE rating ADD COLUMN hall_id BIGINT NOT NULL");
            s.execute("ALTER TABLE audit_entry ADD COLUMN hall_id BIGINT NULL");
        }
        db.setAutoCommit(false);
        counted = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (p, m, args) -> {
            if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement") || m.getName().equals("prepareCall")) {
                statements.incrementAndGet();
            }
            return m.invoke(db, args);
        });
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    /** The table's CREATE TABLE of the migration, without its foreign keys (no other tables here). */
    private static String createTable(String migration, String table) throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/migration", migration));
        Matcher m = Pattern.compile("CREATE TABLE " + table + " \\((.*?)\\n\\);", Pattern.DOTALL).matcher(sql);
        assertTrue(m.find(), migration + " creates " + table);
        List<String> lines = new ArrayList<>();
        for (String line : m.group(1).split("\n")) {
            if (!line.contains("FOREIGN KEY") && !line.isBlank()) {
                lines.add(line.strip().replaceAll(",$", ""));
            }
        }
        return "CREATE TABLE " + table + " (" + String.join(", ", lines) + ")";
    }

    private static RatingRows.Row row(String clientRef) {
        return new RatingRows.Row(7, null, RatingLevel.VERY_SATISFIED, RatingChannel.PAD, LocalDateTime.of(2026, 12, 7, 9, 30),
                5, null, null, 5, null, 3, clientRef, 1);
    }

    @Test
    void a_new_good_rating_and_its_audit_line_are_two_statements() throws SQLException {
        RatingRows.Stored s = RatingRows.insertOrFind(counted, row("c-1"));
        AuditRows.eventAs(counted, 1L, LocalDateTime.now(), "评价器 abc", AuditAction.CREATE, "好差评", s.id(), "A01 窗口收到评价");
        assertEquals(2, statements.get(), "one insert for the rating (no look-up first), one for its audit line");
        assertTrue(s.created());
        try (ResultSet rs = db.createStatement().executeQuery(
                "select r.rating_level, r.period_ym, r.version, a.entity_id from rating r join audit_entry a on a.entity_id = cast(r.id as varchar(64))")) {
            assertTrue(rs.next());
            assertEquals("VERY_SATISFIED", rs.getString(1));
            assertEquals(202612, rs.getInt(2));
            assertEquals(1, rs.getLong(3));
            assertFalse(rs.next());
        }
    }

    @Test
    void a_repeat_is_answered_from_the_unique_key_without_an_exception_and_the_transaction_goes_on() throws SQLException {
        RatingRows.Stored first = RatingRows.insertOrFind(counted, row("same"));
        statements.set(0);
        RatingRows.Stored again = RatingRows.insertOrFind(counted, row("same"));
        assertEquals(2, statements.get(), "the refused insert and one look-up");
        assertEquals(first.id(), again.id());
        assertFalse(again.created());
        RatingRows.Stored other = RatingRows.insertOrFind(counted, row("other"));   // the refused statement did not end it
        assertTrue(other.created());
        db.commit();
        try (ResultSet rs = db.createStatement().executeQuery("select count(*) from rating")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    void an_insert_refused_for_another_reason_is_no_repeat() throws SQLException {
        RatingRows.Row noLevel = new RatingRows.Row(7, null, RatingLevel.SATISFIED, RatingChannel.PAD, LocalDateTime.now(), null, null,
                null, null, "x".repeat(501), 3, "too-long", 1);
        assertThrows(SQLException.class, () -> RatingRows.insertOrFind(counted, noLevel));
    }

    /** The calls a pool's connection receives that cost a round trip to MariaDB, and how often each. */
    private final List<String> calls = new ArrayList<>();

    /** A data source of one connection, as the intake's pool: closing the handle keeps the connection. */
    private javax.sql.DataSource pool(Connection physical) {
        Connection logged = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (p, m, args) -> {
            switch (m.getName()) {
                case "prepareStatement", "createStatement" -> calls.add("statement");
                case "setAutoCommit", "commit", "rollback" -> calls.add(m.getName() + (args == null ? "" : "(" + args[0] + ")"));
                case "close" -> {
                    return null;
                }
                default -> {
                }
            }
            return m.invoke(physical, args);
        });
        return (javax.sql.DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{javax.sql.DataSource.class},
                (p, m, args) -> m.getName().equals("getConnection") ? logged : null);
    }

    private static RatingRows.Stored rateWithAuditLine(Connection c, RatingRows.Row row) throws SQLException {
        RatingRows.Stored s = RatingRows.insertOrFind(c, row);
        AuditRows.eventAs(c, row.hallId(), LocalDateTime.now(), "评价器 abc", AuditAction.CREATE, "好差评", s.id(), "A01 窗口收到评价");
        return s;
    }

    @Test
    void a_good_rating_costs_its_two_statements_and_one_commit_once_the_connection_is_in_manual_commit_mode() throws SQLException {
        db.setAutoCommit(true);   // as a pool's new connection
        javax.sql.DataSource ds = pool(db);
        ManualCommit.run(ds, c -> rateWithAuditLine(c, row("first")));
        assertEquals(List.of("setAutoCommit(false)", "statement", "statement", "commit"), calls,
                "the first use switches auto-commit off, once");
        calls.clear();
        ManualCommit.run(ds, c -> rateWithAuditLine(c, row("second")));
        assertEquals(List.of("statement", "statement", "commit"), calls,
                "then a rating is its two inserts and COMMIT: no SET autocommit pair (docs/benchmarks.md, 好差评接收)");
        assertFalse(db.getAutoCommit(), "the connection goes back to the pool in manual-commit mode");
        assertEquals(2, count("select count(*) from rating"));
        assertEquals(2, count("select count(*) from audit_entry"));
    }

    @Test
    void the_rating_and_its_audit_line_commit_together_or_not_at_all() throws SQLException {
        javax.sql.DataSource ds = pool(db);
        SQLException e = assertThrows(SQLException.class, () -> ManualCommit.run(ds, c -> {
            RatingRows.insertOrFind(c, row("half"));
            throw new SQLException("the audit line failed");
        }));
        assertEquals("the audit line failed", e.getMessage());
        assertEquals(List.of("statement", "rollback"), calls);
        assertEquals(0, count("select count(*) from rating"), "no rating without its audit line");
        ManualCommit.run(ds, c -> rateWithAuditLine(c, row("half")));   // the connection is clean for the next rating
        assertEquals(1, count("select count(*) from rating"));
        assertEquals(1, count("select count(*) from audit_entry"));
    }

    /** As Payara's {@code com.sun.appserv.jdbc.DataSource}: {@code getConnection(Connection)} gives the driver's connection. */
    public interface PhysicalConnections extends javax.sql.DataSource {
        Connection getConnection(Connection handle) throws SQLException;
    }

    @Test
    void the_work_runs_on_the_physical_connection_behind_the_pools_handle() throws SQLException {
        Connection handle = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (p, m, args) -> m.getName().equals("close") ? null : m.invoke(db, args));
        PhysicalConnections ds = (PhysicalConnections) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{PhysicalConnections.class}, (p, m, args) -> switch (m.getName()) {
                    case "getConnection" -> args == null ? handle : db;
                    default -> null;
                });
        assertTrue(ManualCommit.physical(ds, handle) == db, "the driver's connection, not the handle");
        javax.sql.DataSource plain = pool(db);
        Connection c = plain.getConnection();
        assertTrue(ManualCommit.physical(plain, c) == c, "a plain data source: the handle");
    }

    private int count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void the_insert_writes_every_column_the_rating_entity_maps() {
        assertEquals(columnsOf(Rating.class), new TreeSet<>(RatingRows.COLUMNS),
                "RatingRows.COLUMNS (and its insert) must write the columns the Rating entity maps");
    }

    @Test
    void the_audit_line_writes_every_column_the_audit_entity_maps() {
        assertEquals(columnsOf(AuditEntry.class), new TreeSet<>(AuditRows.COLUMNS),
                "AuditRows.COLUMNS (and its insert) must write the columns the AuditEntry entity maps");
    }

    /** The columns an entity maps (field access), except its {@code @Id}. */
    static Set<String> columnsOf(Class<?> entity) {
        Set<String> columns = new TreeSet<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isAnnotationPresent(Transient.class)
                        || f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(OneToMany.class) || f.isAnnotationPresent(ManyToMany.class)) {
                    continue;
                }
                JoinColumn join = f.getAnnotation(JoinColumn.class);
                Column column = f.getAnnotation(Column.class);
                if (join != null) {
                    columns.add(join.name());
                } else if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
                    columns.add(f.getName() + "_id");
                } else if (column != null && !column.name().isEmpty()) {
                    columns.add(column.name());
                } else {
                    columns.add(f.getName());
                }
            }
        }
        return columns;
    }
}
