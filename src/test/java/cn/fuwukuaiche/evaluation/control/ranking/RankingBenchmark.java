package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The monthly ranking against a raw GROUP BY over the same rows, in the same run: 1,000,000 ratings over
 * 300 windows in one month, on H2 (in memory and file, Payara's version 2.2.224, MODE=LEGACY) and on
 * MariaDB. "Ranking" is the whole of {@link RankingLoader#load}: the scheme versions, the windows, the 300
 * sheets and their figures, the ONE grouped rating query, scoring each window with the scheme engine and the
 * competition ranking. "Raw" is only the grouped query, its rows read. Median of several runs after warm-up.
 *
 * <p>Not a unit test (no *Test name, so Surefire skips it). Run, from the project directory:
 * <pre>
 * mariadb -uroot -e "drop database if exists scratch_evala_bench; create database scratch_evala_bench character set utf8mb4"
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.fuwukuaiche.evaluation.control.ranking.RankingBenchmark
 * </pre>
 * Properties: {@code -Dbench.db=h2mem,h2file,mariadb} (default all three), {@code -Dbench.ratings=1000000},
 * {@code -Dbench.windows=300}, {@code -Dbench.runs=9}, {@code -Dbench.mariadb.url=…}, {@code -Dbench.mariadb.user=root},
 * {@code -Dbench.mariadb.password=}. Existing data of the right size is reused (delete target/bench or recreate
 * the MariaDB database for a fresh county).
 */
public final class RankingBenchmark {

    static final int PERIOD = 202610;

    /**
     * H2 keeps the result of a cached prepared query and hands it back while the tables are unchanged; with
     * static benchmark data the second run of any query would then cost nothing. Turning the statement cache
     * off makes every run do the work.
     */
    static final String H2_NO_RESULT_REUSE = ";QUERY_CACHE_SIZE=0";

    private RankingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        String dbs = System.getProperty("bench.db", "h2mem,h2file,mariadb");
        long ratings = Long.getLong("bench.ratings", 1_000_000L);
        int windows = Integer.getInteger("bench.windows", 300);
        int runs = Integer.getInteger("bench.runs", 9);
        List<String> table = new ArrayList<>();
        for (String db : dbs.split(",")) {
            String url;
            String user;
            String password;
            switch (db.strip()) {
                case "h2mem" -> {
                    url = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;MODE=LEGACY" + H2_NO_RESULT_REUSE;
                    user = "sa";
                    password = "sa";
                }
                case "h2file" -> {
                    Path dir = Path.of("target", "bench");
                    Files.createDirectories(dir);
                    url = "jdbc:h2:" + dir.toAbsolutePath().resolve("ranking") + ";MODE=LEGACY" + H2_NO_RESULT_REUSE;
                    user = "sa";
                    password = "sa";
                }
                case "mariadb" -> {
                    url = System.getProperty("bench.mariadb.url", "jdbc:mysql://127.0.0.1:3306/scratch_evala_bench"
                            + "?rewriteBatchedStatements=true&useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai");
                    user = System.getProperty("bench.mariadb.user", "root");
                    password = System.getProperty("bench.mariadb.password", "");
                }
                default -> throw new IllegalArgumentException("unknown bench.db " + db);
            }
            table.add(run(db.strip(), url, user, password, ratings, windows, runs));
        }
        System.out.println();
        System.out.println("| database | ratings | windows | raw GROUP BY median (min–max) | monthly ranking median (min–max) | ranking ÷ raw |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        table.forEach(System.out::println);
    }

    static String run(String name, String url, String user, String password, long ratings, int windows, int runs)
            throws Exception {
        System.out.printf("%n== %s: %s%n", name, url);
        long existing = count(url, user, password);
        if (existing > 0) {
            RankingFixture.migrate(url, user, password); // reused data gets any newer migration (e.g. an index)
        }
        if (existing != ratings) {
            if (existing > 0) {
                throw new IllegalStateException(name + " holds " + existing + " ratings, not " + ratings
                        + ": recreate the database (or delete target/bench) first");
            }
            RankingFixture.migrate(url, user, password);
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                long t0 = System.nanoTime();
                RankingFixture f = new RankingFixture(c).county(windows).schemes(202605, 202609);
                Random random = new Random(20261101L);
                long v2 = f.versionId("WINDOW", 2);
                String[] figures = {"", "LATE=1", "LATE=2 DRESS=1", "PRAISE_LETTER=1", "OVERDUE=1 PRAISE_LETTER=2", "DIRTY=1",
                        "LATE=1 PRAISE_LETTER=1", "COMPLAINT=1"};
                for (long w : f.windowIds) {
                    f.sheet(PERIOD, w, v2, "APPROVED", figures[random.nextInt(figures.length)]);
                }
                f.bulkRatings(PERIOD, ratings, random);
                analyze(c, name);
                System.out.printf("generated %d windows, %d sheets and %d ratings in %.1f s%n", windows, windows, ratings,
                        (System.nanoTime() - t0) / 1e9);
            }
        } else {
            System.out.println("reusing the existing " + ratings + " ratings");
        }

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            JdbcRankingSql sql = new JdbcRankingSql(c);
            plan(c, name);
            for (int i = 0; i < 3; i++) { // warm-up: JIT, caches, buffer pool
                raw(c);
                RankingLoader.load(sql, AssessmentSubject.WINDOW, PERIOD);
            }
            List<Double> rawMs = new ArrayList<>();
            List<Double> rankMs = new ArrayList<>();
            long rawSum = 0;
            long rankSum = 0;
            for (int i = 0; i < runs; i++) {
                boolean rawFirst = i % 2 == 0; // alternate, so neither always runs on the warmer cache
                for (int k = 0; k < 2; k++) {
                    if ((k == 0) == rawFirst) {
                        long t = System.nanoTime();
                        rawSum = raw(c);
                        rawMs.add((System.nanoTime() - t) / 1e6);
                    } else {
                        long t = System.nanoTime();
                        RankingMonth m = RankingLoader.load(sql, AssessmentSubject.WINDOW, PERIOD);
                        rankMs.add((System.nanoTime() - t) / 1e6);
                        rankSum = m.rows().stream().mapToLong(r -> r.item().counts().total()).sum();
                        if (m.rows().size() != windows) {
                            throw new IllegalStateException("ranked " + m.rows().size() + " windows, expected " + windows);
                        }
                    }
                }
                c.rollback();
            }
            if (rawSum != rankSum) {
                throw new IllegalStateException("raw counted " + rawSum + " ratings, the ranking " + rankSum);
            }
            System.out.printf("both counted %d ratings (after upheld appeals) over %d windows%n", rawSum, windows);
            System.out.println("raw     ms: " + fmt(rawMs));
            System.out.println("ranking ms: " + fmt(rankMs));
            double rawMedian = median(rawMs);
            double rankMedian = median(rankMs);
            return String.format("| %s | %,d | %d | %.0f ms (%.0f–%.0f) | %.0f ms (%.0f–%.0f) | %.2f× |", label(name), ratings, windows,
                    rawMedian, Collections.min(rawMs), Collections.max(rawMs), rankMedian, Collections.min(rankMs),
                    Collections.max(rankMs), rankMedian / rawMedian);
        }
    }

    /** The raw query: the same GROUP BY the ranking runs, every row read. Returns the number of ratings counted. */
    static long raw(Connection c) throws SQLException {
        long sum = 0;
        try (PreparedStatement ps = c.prepareStatement(RankingLoader.RATINGS_BY_WINDOW)) {
            ps.setLong(1, hall(c)); // the hall first, as the app binds it (RankingSqlRunner)
            ps.setInt(2, PERIOD);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    sum += rs.getLong(3);
                }
            }
        }
        return sum;
    }

    /** The fixture's one hall (the lowest id), as {@link JdbcRankingSql} binds it. */
    static long hall(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select min(id) from hall")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long count(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from rating")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0; // no schema yet
        }
    }

    static void analyze(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (name.startsWith("h2")) {
                st.execute("ANALYZE");
            } else {
                st.execute("ANALYZE TABLE rating");
            }
        }
    }

    static void plan(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + RankingLoader.RATINGS_BY_WINDOW)) {
            ps.setLong(1, hall(c));
            ps.setInt(2, PERIOD);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder("plan: ");
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        if (v != null) {
                            line.append(rs.getMetaData().getColumnLabel(i)).append('=')
                                    .append(String.valueOf(v).replaceAll("\\s+", " ")).append("  ");
                        }
                    }
                    System.out.println(line);
                }
            }
        }
    }

    static String label(String name) {
        return switch (name) {
            case "h2mem" -> "H2 2.2.224, in memory";
            case "h2file" -> "H2 2.2.224, file";
            default -> "MariaDB";
        };
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(Comparator.naturalOrder());
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static String fmt(List<Double> values) {
        return String.join(" ", values.stream().map(v -> String.format("%.0f", v)).toList());
    }

}
