import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where MariaDB's CPU per rating goes (issue 21, docs/benchmarks.md "fifth pass"): the statements of a good rating
 * alone, without Payara or HTTP, each variant run by 16 threads on 16 connections for a while, with MariaDB's CPU time
 * (/proc/<mariadbd>/stat) divided by the operations. Bench-only, never part of the WAR. Run on the bench database after
 * bench/intake-pair.sh has migrated it (see docs/benchmarks.md for the command):
 *
 *   java -cp ~/.m2/repository/com/mysql/mysql-connector-j/9.5.0/mysql-connector-j-9.5.0.jar bench/intake-sql/IntakeSql.java \
 *       'jdbc:mysql://127.0.0.1:3306/fwkc_bench?…' fwkc_bench bench SECONDS [THREADS=16] [ROUNDS=2]
 *
 * Variants (each operation is one new row or rating, committed):
 *   bare            insert bench_scratch, auto-commit (the bare endpoint's statement)
 *   rating          insert rating, auto-commit
 *   audit           insert audit_entry, auto-commit
 *   rating+commit   insert rating, COMMIT (manual commit, as ManualCommit)
 *   intake          insert rating, insert audit_entry, COMMIT (the good path today: 3 round trips)
 *   intake-1rt      the same three statements in one round trip (a multi-statement: START TRANSACTION; insert rating;
 *                   insert audit_entry with LAST_INSERT_ID(); COMMIT; needs allowMultiQueries=true)
 *   intake-batch8   eight ratings in one transaction: one multi-row insert of 8 ratings, one of their 8 audit lines,
 *                   COMMIT (what a group commit of the ratings arriving together would cost); an operation is a rating
 */
public class IntakeSql {

    static final String RATING = "insert into rating (window_id, staff_id, rating_level, channel, rated_at, period_ym, score_overall, "
            + "score_efficiency, score_competence, score_attitude, rater_comment, device_key_id, client_ref, case_id, excluded, version, hall_id) "
            + "values (?, null, 'SATISFIED', 'PAD', ?, ?, null, null, null, 5, null, ?, ?, null, false, 1, ?)";
    static final String AUDIT = "insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, summary, changes, reason, hall_id) "
            + "values (?, '评价器 demo-pla', 'CREATE', '好差评', ?, 'A01 窗口收到评价：满意（评价器）', null, null, ?)";
    static final String AUDIT_LAST_ID = AUDIT.replace("'好差评', ?,", "'好差评', last_insert_id(),");
    static final String BARE = "insert into bench_scratch (body) values (?)";

    record Ctx(String url, String user, String password, long windowId, long keyId, long hallId, String run) {
    }

    interface Op {
        void run(Connection c, Ctx x, String clientRef) throws SQLException;
    }

    public static void main(String[] a) throws Exception {
        String url = a[0], user = a[1], password = a[2];
        int seconds = Integer.parseInt(a[3]);
        int threads = a.length > 4 ? Integer.parseInt(a[4]) : 16;
        int rounds = a.length > 5 ? Integer.parseInt(a[5]) : 2;
        long windowId, keyId, hallId;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, window_id, hall_id from rating_device_key where key_prefix like 'demo-pla%' order by id limit 1")) {
            rs.next();
            keyId = rs.getLong(1);
            windowId = rs.getLong(2);
            hallId = rs.getLong(3);
        }
        Ctx x = new Ctx(url, user, password, windowId, keyId, hallId, Long.toString(System.nanoTime(), 36));
        String multiUrl = url + (url.contains("?") ? "&" : "?") + "allowMultiQueries=true";
        List<Object[]> variants = List.of(
                new Object[]{"bare", url, true, (Op) (c, y, r) -> insert(c, BARE, ps -> ps.setString(1, "{\"clientId\":\"" + r + "\",\"level\":\"SATISFIED\",\"attitude\":5}"))},
                new Object[]{"rating", url, true, (Op) IntakeSql::rating},
                new Object[]{"audit", url, true, (Op) (c, y, r) -> audit(c, y, 1L)},
                new Object[]{"rating+commit", url, false, (Op) (c, y, r) -> { rating(c, y, r); c.commit(); }},
                new Object[]{"intake", url, false, (Op) (c, y, r) -> { long id = rating(c, y, r); audit(c, y, id); c.commit(); }},
                new Object[]{"intake-1rt", multiUrl, true, (Op) IntakeSql::oneRoundTrip},
                new Object[]{"intake-batch8", url, false, (Op) (c, y, r) -> batch(c, y, r, BATCH)});
        long mysqld = pid();
        System.out.println("variant\tround\tops_per_s\tdb_cpu_ms_per_op\tloadavg");
        for (int round = 1; round <= rounds; round++) {
            for (Object[] v : variants) {
                run((String) v[0], round, (String) v[1], (Boolean) v[2], (Op) v[3], x, seconds, threads, mysqld);
            }
        }
    }

    static void run(String name, int round, String url, boolean autoCommit, Op op, Ctx x, int seconds, int threads, long mysqld) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong ops = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<SQLException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        List<Connection> cs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Connection c = DriverManager.getConnection(url, x.user(), x.password());
            c.setAutoCommit(autoCommit);
            cs.add(c);
        }
        for (int t = 0; t < threads; t++) {
            Connection c = cs.get(t);
            String prefix = "sql-" + x.run() + "-" + name + "-" + round + "-" + t + "-";
            Thread th = new Thread(() -> {
                long n = 0;
                try {
                    while (!stop.get()) {
                        op.run(c, x, prefix + (n++));
                        ops.addAndGet(name.endsWith("batch8") ? BATCH : 1);
                    }
                } catch (SQLException e) {
                    if (failed.compareAndSet(null, e)) {
                        e.printStackTrace();
                    }
                    stop.set(true);
                }
            });
            ts.add(th);
        }
        ts.forEach(Thread::start);
        Thread.sleep(2000);   // connections warm, statements cached
        long o0 = ops.get(), m0 = cpu(mysqld), t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long o1 = ops.get(), m1 = cpu(mysqld), t1 = System.nanoTime();
        stop.set(true);
        for (Thread t : ts) {
            t.join();
        }
        for (Connection c : cs) {
            c.close();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        double n = o1 - o0;
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        System.out.printf("%s\t%d\t%.0f\t%.3f\t%s%n", name, round, n / ((t1 - t0) / 1e9), (m1 - m0) * 10.0 / n, load);  // 100 ticks a second
    }

    static long rating(Connection c, Ctx x, String clientRef) throws SQLException {
        return insert(c, RATING, ps -> bindRating(ps, 0, x, LocalDateTime.now(), clientRef));
    }

    /** Binds one rating's six parameters after parameter {@code p}; answers the last one bound. */
    static int bindRating(PreparedStatement ps, int p, Ctx x, LocalDateTime now, String clientRef) throws SQLException {
        ps.setLong(++p, x.windowId());
        ps.setTimestamp(++p, Timestamp.valueOf(now));
        ps.setInt(++p, now.getYear() * 100 + now.getMonthValue());
        ps.setLong(++p, x.keyId());
        ps.setString(++p, clientRef);
        ps.setLong(++p, x.hallId());
        return p;
    }

    static void audit(Connection c, Ctx x, long ratingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AUDIT)) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(2, String.valueOf(ratingId));
            ps.setLong(3, x.hallId());
            ps.executeUpdate();
        }
    }

    /** START TRANSACTION; the rating; SELECT its id; the audit line naming it; COMMIT — sent as one packet. */
    static void oneRoundTrip(Connection c, Ctx x, String clientRef) throws SQLException {
        LocalDateTime now = LocalDateTime.now();
        try (PreparedStatement ps = c.prepareStatement("start transaction; " + RATING + "; select last_insert_id(); "
                + AUDIT_LAST_ID + "; commit")) {
            bindRating(ps, 0, x, now, clientRef);
            ps.setTimestamp(7, Timestamp.valueOf(now));
            ps.setLong(8, x.hallId());
            boolean rs = ps.execute();
            long id = -1;
            while (true) {
                if (rs) {
                    try (ResultSet r = ps.getResultSet()) {
                        r.next();
                        id = r.getLong(1);
                    }
                } else if (ps.getUpdateCount() == -1) {
                    break;
                }
                rs = ps.getMoreResults();
            }
            if (id <= 0) {
                throw new SQLException("no id");
            }
        }
    }

    static final int BATCH = 8;

    /** {@code n} ratings as one multi-row insert, their audit lines as another (ids consecutive, as MariaDB gives them), COMMIT. */
    static void batch(Connection c, Ctx x, String clientRef, int n) throws SQLException {
        String values = RATING.substring(RATING.indexOf("values ") + 7);
        StringBuilder sql = new StringBuilder(RATING);
        for (int i = 1; i < n; i++) {
            sql.append(", ").append(values);
        }
        LocalDateTime now = LocalDateTime.now();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)) {
            int p = 0;
            for (int i = 0; i < n; i++) {
                p = bindRating(ps, p, x, now, clientRef + "-" + i);
            }
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                while (k.next()) {
                    ids.add(k.getLong(1));
                }
            }
        }
        String auditValues = AUDIT.substring(AUDIT.indexOf("values ") + 7);
        StringBuilder audit = new StringBuilder(AUDIT);
        for (int i = 1; i < n; i++) {
            audit.append(", ").append(auditValues);
        }
        try (PreparedStatement ps = c.prepareStatement(audit.toString())) {
            int p = 0;
            for (int i = 0; i < n; i++) {
                ps.setTimestamp(++p, Timestamp.valueOf(now));
                ps.setString(++p, String.valueOf(ids.get(i)));
                ps.setLong(++p, x.hallId());
            }
            ps.executeUpdate();
        }
        c.commit();
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    static long insert(Connection c, String sql, Binder b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            b.bind(ps);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    static long pid() throws Exception {
        // the server behind port 3306 (another MariaDB on another port must not be counted)
        Process p = new ProcessBuilder("sh", "-c", "ss -Hltnp 'sport = :3306' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2").start();
        return Long.parseLong(new String(p.getInputStream().readAllBytes()).trim());
    }

    static long cpu(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime + stime (fields 14 and 15)
    }
}
