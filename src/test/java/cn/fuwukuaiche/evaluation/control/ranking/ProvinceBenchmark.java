package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.evaluation.control.tally.RatingTally;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 23 item 5, the province on MariaDB: 100 halls, 30,000 windows (300 a hall, 4 a unit, 3 staff a window),
 * 10,000,000 ratings in one month, each row with its hall_id. Three things are timed:
 * <ol>
 *   <li>{@code ranking}: one hall's monthly ranking exactly as the app computes it ({@link RankingLoader#load} through
 *   a {@link RankingSqlRunner} that binds the hall first, as {@code RankingJpaSql} does) against {@code raw}: the
 *   same grouped rating query of that hall, rows read; pairs alternated (A B B A …);</li>
 *   <li>{@code compare}: the supervisor's comparison of all 100 halls for one month — the queries the
 *   {@code base.hall.Hall*} providers and {@code OrgDirectory.hallScope} run for {@code SupervisionService.compare}
 *   (copied below: the providers build them inline), rows folded per hall as the providers do — with three ratings
 *   queries rotated each round: A grouped by window first, B counting month first (both before the tally), C
 *   {@code HallRatingsProvider.MONTHS_FROM_TALLY} (V186's tally, with the mark {@link #LIVE} ratings below the last
 *   so that its live part reads them); all three must count the same ratings;</li>
 *   <li>{@code tally}: the tally timer's run ({@link RatingTally#step}) for 2,000 and 10,000 new ratings, alternated,
 *   and for 100,000 ({@link #timerRuns}).</li>
 * </ol>
 * Not a test (no *Test name: Surefire skips it). MariaDB only. Run from the project directory:
 * <pre>
 * mariadb -uroot -e "create database if not exists fwkc_province_bench character set utf8mb4"
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.fuwukuaiche.evaluation.control.ranking.ProvinceBenchmark
 * </pre>
 * The first run migrates the database (the app's Flyway migrations) and generates the province with set-based
 * {@code INSERT … SELECT} (see docs/benchmarks.md for its run time); later runs reuse it (and get any newer
 * migration, e.g. an index). Properties: {@code -Dbench.url=jdbc:mysql://…}, {@code -Dbench.runs=9},
 * {@code -Dbench.hall=50} (the n-th hall by id, ranked in (1)), {@code -Dbench.only=gen|ranking|compare|tally}, {@code -Dbench.live=1000}.
 */
public final class ProvinceBenchmark {

    static final int HALLS = 100;
    static final int UNITS_PER_HALL = 75; // 4 windows each: 300 windows a hall
    static final long RATINGS = 10_000_000L;
    static final int PERIOD = 202610;
    static final YearMonth MONTH = YearMonth.of(2026, 10);

    // --- what SupervisionService.compare(MONTH) runs (copied from OrgDirectory.hallScope and the Hall* providers) ---

    /** OrgDirectory.hallScope: window → hall. */
    static final String SCOPE_WINDOWS = "select w.id, u.hall_id from service_window w join stationed_unit u on u.id = w.unit_id";
    /** OrgDirectory.hallScope: staff → hall. */
    static final String SCOPE_STAFF = "select s.id, u.hall_id from staff s join stationed_unit u on u.id = s.unit_id";
    /** evaluation HallRatingsProvider before issue 23 item 5 (TREND_MONTHS = 6 months up to the month): grouped by window first. */
    static final String RATINGS_BY_WINDOW_MONTHS = "select window_id, period_ym, rating_level, count(*) from rating "
            + "where period_ym >= ? and period_ym <= ? and excluded = false group by window_id, period_ym, rating_level";
    /** The ratings the live part of variant C reads: the last ones, above the mark. */
    static final int LIVE = Integer.getInteger("bench.live", 1_000);
    /** The same grouped by hall, as the provider's comment foresees once every table has hall_id. */
    static final String RATINGS_BY_HALL = "select hall_id, period_ym, rating_level, count(*) from rating "
            + "where period_ym >= ? and period_ym <= ? and excluded = false group by hall_id, period_ym, rating_level";
    /** honour HallFlagsProvider. */
    static final String FLAGS = "select window_id, period_ym, window_label from red_flag_award where active_ym is not null order by period_ym";
    /** honour.star HallStarsProvider. */
    static final String STARS = "select staff_id, count(*) from star_award where status = ? and period_start >= ? and period_start < ? "
            + "group by staff_id";
    /** network HallNetworkProvider. */
    static final String NETWORK = "select n.hall_id, h.node_level, count(*) from service_case c "
            + "join service_node n on n.id = c.origin_node_id left join service_node h on h.id = c.handled_node_id "
            + "where c.entrusted_at >= ? and c.entrusted_at < ? group by n.hall_id, h.node_level";
    /** contest HallContestsProvider. */
    static final String CONTESTS = "select r.subject_kind, r.subject_id, r.prize, count(*) from contest_result r "
            + "join contest c on c.id = r.contest_id where c.status = ? and c.opens_at >= ? and c.opens_at < ? "
            + "and r.prize is not null group by r.subject_kind, r.subject_id, r.prize";

    private ProvinceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        String url = System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306/fwkc_province_bench"
                + "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai");
        String user = System.getProperty("bench.user", "root");
        String password = System.getProperty("bench.password", "");
        int runs = Integer.getInteger("bench.runs", 9);
        String only = System.getProperty("bench.only", "");

        long tm = System.nanoTime();
        RankingFixture.migrate(url, user, password);
        System.out.printf("migrations: %.1f s (V186's initial fill of the tally is timed on the first run after it)%n",
                (System.nanoTime() - tm) / 1e9);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long existing = scalar(c, "select count(*) from rating");
            if (existing == 0) {
                generate(c);
            } else if (existing != RATINGS) {
                throw new IllegalStateException("the database holds " + existing + " ratings, not " + RATINGS
                        + ": drop and recreate it first");
            } else {
                System.out.println("reusing the province: " + existing + " ratings");
            }
            if (only.equals("gen")) {
                return;
            }
            System.out.println(load(c));
            List<Long> halls = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select id from hall order by id")) {
                while (rs.next()) {
                    halls.add(rs.getLong(1));
                }
            }
            long hall = halls.get(Integer.getInteger("bench.hall", 50) - 1);
            if (only.isEmpty() || only.equals("tally")) {
                timerRuns(c, runs);
            }
            rewind(c, scalar(c, "select max(id) from rating") - LIVE); // variant C: the last LIVE ratings are live
            System.out.println("mark: " + scalar(c, "select last_rating_id from rating_tally_mark where id = 1") + " of "
                    + scalar(c, "select max(id) from rating") + "; tally rows: " + scalar(c, "select count(*) from rating_tally"));
            c.setAutoCommit(false);
            c.setReadOnly(true);
            plans(c, hall);
            if (only.isEmpty() || only.equals("ranking")) {
                ranking(c, hall, runs);
            }
            if (only.equals("java")) {
                javaPart(c, hall, runs);
            }
            if (only.isEmpty() || only.equals("compare")) {
                compare(c, new java.util.HashSet<>(halls), runs);
            }
            System.out.println(load(c));
        }
    }

    // ------------------------------------------------------------------------------------------------ generation

    static void generate(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            // A number table 0..999 (bench only; the app never reads it).
            st.execute("create table if not exists bench_seq (n int primary key)");
            st.execute("delete from bench_seq");
            st.execute("insert into bench_seq (n) select a.d + 10 * b.d + 100 * c.d from "
                    + "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 "
                    + "union all select 6 union all select 7 union all select 8 union all select 9) a, "
                    + "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 "
                    + "union all select 6 union all select 7 union all select 8 union all select 9) b, "
                    + "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 "
                    + "union all select 6 union all select 7 union all select 8 union all select 9) c");
            // 100 halls: V182 made the first ('hall'); 99 more.
            timed(st, "halls", "insert into hall (code, name, county, address, version) select concat('h', lpad(n + 2, 3, '0')), "
                    + "concat('政务服务中心', n + 2), concat('县', n + 2), null, 0 from bench_seq where n < " + (HALLS - 1)
                    + " order by n");
            timed(st, "floors", "insert into hall_floor (hall_id, floor_no, name, version) select h.id, s.n + 1, "
                    + "concat(s.n + 1, '楼'), 0 from hall h join bench_seq s on s.n < 3 order by h.id, s.n");
            timed(st, "general branches", "insert into general_branch (hall_id, name, version) select id, '机关党总支', 0 from hall order by id");
            timed(st, "branches", "insert into party_branch (hall_id, general_branch_id, name, kind, display_order, active, version) "
                    + "select g.hall_id, g.id, concat('第', s.n + 1, '联合党支部·', g.hall_id), 'JOINT', s.n + 1, true, 0 "
                    + "from general_branch g join bench_seq s on s.n < 3 order by g.id, s.n");
            timed(st, "units", "insert into stationed_unit (hall_id, name, short_name, branch_id, display_order, active, version) "
                    + "select h.id, concat(h.code, '单位', s.n + 1), concat('单位', s.n + 1), p.id, s.n, true, 0 "
                    + "from hall h join bench_seq s on s.n < " + UNITS_PER_HALL + " join party_branch p on p.hall_id = h.id "
                    + "and p.display_order = mod(s.n, 3) + 1 order by h.id, s.n");
            timed(st, "windows", "insert into service_window (hall_id, window_no, name, unit_id, floor_id, active, version) "
                    + "select u.hall_id, concat('H', lpad(u.hall_id, 3, '0'), lpad(u.display_order * 4 + s.n + 1, 3, '0')), "
                    + "concat('窗口', u.display_order * 4 + s.n + 1), u.id, f.id, true, 0 "
                    + "from stationed_unit u join bench_seq s on s.n < 4 "
                    + "join hall_floor f on f.hall_id = u.hall_id and f.floor_no = mod(u.display_order, 3) + 1 "
                    + "order by u.hall_id, u.display_order, s.n");
            timed(st, "staff", "insert into staff (hall_id, staff_no, name, gender, political_status, unit_id, window_id, active, version) "
                    + "select w.hall_id, concat('S', w.id, '-', s.n), concat('员工', w.id, '-', s.n), "
                    + "case when mod(w.id + s.n, 2) = 0 then 'FEMALE' else 'MALE' end, 'MASSES', w.unit_id, w.id, true, 0 "
                    + "from service_window w join bench_seq s on s.n < 3 order by w.id, s.n");
            st.execute("create table if not exists bench_window (window_id bigint primary key, i int not null, "
                    + "s0 bigint not null, s1 bigint not null, s2 bigint not null)");
            st.execute("delete from bench_window");
            st.execute("insert into bench_window (window_id, i, s0, s1, s2) select w.id, row_number() over (order by w.id) - 1, "
                    + "(select min(id) from staff x where x.window_id = w.id), "
                    + "(select min(id) + 1 from staff x where x.window_id = w.id), "
                    + "(select max(id) from staff x where x.window_id = w.id) from service_window w");
            c.commit();
        }
        // Each hall's schemes (window v1 from 2026-05, v2 from 2026-09; person v1), as the benchmark of one county.
        List<Long> halls = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select id from hall order by id")) {
            while (rs.next()) {
                halls.add(rs.getLong(1));
            }
        }
        for (long h : halls) {
            new RankingFixture(c, h).schemes(202605, 202609);
        }
        c.commit();
        try (Statement st = c.createStatement()) {
            // Every window's sheet for the month (approved, scheme v2) and some figures.
            timed(st, "sheets", "insert into monthly_assessment (hall_id, period_ym, subject_kind, subject_key, window_id, "
                    + "scheme_version_id, status, vetoed, counts_frozen, version) select w.hall_id, " + PERIOD + ", 'WINDOW', "
                    + "concat('W', w.id), w.id, v.id, 'APPROVED', false, false, 0 from service_window w "
                    + "join scoring_scheme sc on sc.hall_id = w.hall_id and sc.subject_kind = 'WINDOW' "
                    + "join scheme_version v on v.scheme_id = sc.id and v.version_no = 2 order by w.id");
            timed(st, "figures", "insert into assessment_entry (hall_id, assessment_id, rule_code, tally, note, version) "
                    + "select hall_id, id, case mod(id, 4) when 0 then 'LATE' when 1 then 'PRAISE_LETTER' else 'DIRTY' end, "
                    + "1 + mod(id, 2), '测试', 0 from monthly_assessment where period_ym = " + PERIOD + " and mod(id, 8) < 3 order by id");
            c.commit();
            // Other areas of the comparison: the network (a county, 5 township and 20 village nodes a hall; 1,000 cases
            // a hall in the month) and stars (20 confirmed a hall this year). Flags and contests stay empty (see docs).
            timed(st, "service items", "insert into service_item (hall_id, code, name, category, legal_days, promised_days, fee, "
                    + "accept_levels, handle_levels, status, effective_from, version) select id, concat(code, '-I1'), '代办事项', "
                    + "'PUBLIC', 20, 5, '不收费', 'VILLAGE,TOWNSHIP', 'COUNTY', 'ACTIVE', '2026-01-01', 0 from hall order by id");
            timed(st, "nodes", "insert into service_node (hall_id, code, name, node_level, status, sort_order, version) "
                    + "select h.id, concat(h.code, '-N', s.n), concat('网点', s.n), "
                    + "case when s.n = 0 then 'COUNTY' when s.n <= 5 then 'TOWNSHIP' else 'VILLAGE' end, 'ACTIVE', s.n, 0 "
                    + "from hall h join bench_seq s on s.n < 26 order by h.id, s.n");
            timed(st, "cases", "insert into service_case (hall_id, case_number, query_code, item_id, applicant_name, applicant_phone, "
                    + "origin_node_id, current_node_id, handled_node_id, state, entrusted_at, promised_days, hand_up_count, version) "
                    + "select n.hall_id, concat(n.code, '-', s.n), lpad(s.n, 6, '0'), i.id, '群众', '13800000000', n.id, "
                    + "n.id, case when mod(s.n, 4) = 0 then null else n.id end, "
                    + "case when mod(s.n, 4) = 0 then 'ENTRUSTED' else 'HANDLED' end, "
                    + "timestamp '2026-10-01 08:00:00' + interval mod(s.n, 28) day + interval mod(s.n * 7, 540) minute, 5, 0, 0 "
                    + "from service_node n join service_item i on i.hall_id = n.hall_id join bench_seq s on s.n < 40 "
                    + "where n.node_level = 'VILLAGE' order by n.id, s.n");
            timed(st, "stars", "insert into star_award (hall_id, staff_id, window_id, star, period_kind, period_start, period_end, "
                    + "period_label, status, evidence, criteria_text, decided_at, decided_by, version) "
                    + "select x.hall_id, x.id, x.window_id, 'SERVICE', 'MONTH', '2026-09-01', '2026-09-30', '2026年9月', 'CONFIRMED', "
                    + "'满意率 100%', '服务之星', timestamp '2026-10-05 10:00:00', 'admin', 0 from staff x where mod(x.id, 45) = 0 order by x.id");
            c.commit();

            // 10,000,000 ratings, hall by hall, window by window (so every index of rating grows at its end, or near it).
            // Window i gets 333 ± x ratings (x = 37·⌊i/2⌋ mod 200, + on even i, − on odd; one more on the first 10,000):
            // 133 to 533 a window, 10,000,000 in all. Levels from CRC32 of (window, n): 70 % 非常满意, 23 % 满意,
            // then 基本满意; 差评 1.5 % (one window in ten 4.5 %), a fifth of the 差评 excluded by an upheld appeal.
            long t1 = System.nanoTime();
            for (long h : halls) {
                st.executeUpdate("insert into rating (hall_id, window_id, staff_id, rating_level, channel, rated_at, period_ym, "
                        + "excluded, version) select hall_id, window_id, staff_id, "
                        + "case when r < 700 then 'VERY_SATISFIED' when r < 930 then 'SATISFIED' when r < bad then 'BASIC' "
                        + "when r < bad + (1000 - bad) * 2 div 3 then 'DISSATISFIED' else 'VERY_DISSATISFIED' end, "
                        + "case when mod(n, 10) = 9 then 'QR_CODE' else 'PAD' end, rated_at, " + PERIOD + ", "
                        + "r >= bad and mod(crc32(concat(n, '/', window_id)), 5) = 0, 0 from ("
                        + "select w.hall_id, w.id window_id, case mod(s.n, 3) when 0 then b.s0 when 1 then b.s1 else b.s2 end staff_id, "
                        + "s.n, mod(crc32(concat(w.id, ':', s.n)), 1000) r, case when mod(w.id, 10) = 0 then 955 else 985 end bad, "
                        + "timestamp '2026-10-01 08:00:00' + interval mod(s.n, 28) day + interval mod(s.n * 7 + w.id, 540) minute rated_at "
                        + "from service_window w join bench_window b on b.window_id = w.id join bench_seq s "
                        + "on s.n < 333 + (case when b.i < 10000 then 1 else 0 end) "
                        + "+ (case when mod(b.i, 2) = 0 then 1 else -1 end) * mod(37 * (b.i div 2), 200) "
                        + "where w.hall_id = " + h + ") g order by window_id, n");
                c.commit();
            }
            System.out.printf("ratings: %.1f s%n", (System.nanoTime() - t1) / 1e9);
            long t2 = System.nanoTime();
            st.execute("analyze table rating, service_window, staff, stationed_unit, monthly_assessment, "
                    + "assessment_entry, service_case, service_node, star_award"); // returns a result set
            System.out.printf("analyze: %.1f s%n", (System.nanoTime() - t2) / 1e9);
            c.commit();
        }
        c.setAutoCommit(true);
        System.out.printf("generated %d halls, %d windows, %d staff, %d ratings in %.1f s%n", scalar(c, "select count(*) from hall"),
                scalar(c, "select count(*) from service_window"), scalar(c, "select count(*) from staff"),
                scalar(c, "select count(*) from rating"), (System.nanoTime() - t0) / 1e9);
    }

    static void timed(Statement st, String what, String sql) throws SQLException {
        long t = System.nanoTime();
        int n = st.executeUpdate(sql);
        System.out.printf("%s: %d rows, %.1f s%n", what, n, (System.nanoTime() - t) / 1e9);
    }

    // ------------------------------------------------------------------------------------------------ (a) ranking

    static void ranking(Connection c, long hall, int runs) throws SQLException {
        JdbcRankingSql sql = new JdbcRankingSql(c, hall);
        int windows = (int) scalar(c, "select count(*) from service_window where hall_id = " + hall);
        int warmups = Integer.getInteger("bench.warmups", 3);
        for (int i = 0; i < warmups; i++) { // warm-up: the JIT compiles the scoring after some thousands of windows
            raw(c, hall);
            RankingLoader.load(sql, AssessmentSubject.WINDOW, PERIOD);
        }
        List<Double> rawMs = new ArrayList<>();
        List<Double> rankMs = new ArrayList<>();
        long rawSum = 0;
        long rankSum = 0;
        for (int i = 0; i < runs; i++) {
            boolean rawFirst = i % 2 == 0;
            for (int k = 0; k < 2; k++) {
                long t = System.nanoTime();
                if ((k == 0) == rawFirst) {
                    rawSum = raw(c, hall);
                    rawMs.add((System.nanoTime() - t) / 1e6);
                } else {
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
        System.out.printf("(a) hall %d: both counted %d ratings over %d windows%n", hall, rawSum, windows);
        System.out.println("raw     ms: " + RankingBenchmark.fmt(rawMs));
        System.out.println("ranking ms: " + RankingBenchmark.fmt(rankMs));
        double r = RankingBenchmark.median(rawMs);
        double k = RankingBenchmark.median(rankMs);
        breakdown(c, hall, runs);
        System.out.printf("| one hall's raw GROUP BY | %.0f ms (%.0f–%.0f) |%n| one hall's monthly ranking | %.0f ms (%.0f–%.0f) | %.2f× |%n",
                r, Collections.min(rawMs), Collections.max(rawMs), k, Collections.min(rankMs), Collections.max(rankMs), k / r);
    }

    /**
     * The ranking's Java part alone (reading the rows into subjects, scoring, ranking): the statements' rows are read
     * once and replayed, so only the JVM is timed (after {@code bench.warmups} loads). For a profiler's run.
     */
    static void javaPart(Connection c, long hall, int runs) {
        JdbcRankingSql jdbc = new JdbcRankingSql(c, hall);
        Map<String, List<Object[]>> rows = new HashMap<>();
        RankingSqlRunner replay = (sql, params) -> rows.computeIfAbsent(sql + java.util.Arrays.toString(params), k -> jdbc.rows(sql, params));
        int warmups = Integer.getInteger("bench.warmups", 3);
        for (int i = 0; i < warmups; i++) {
            RankingLoader.load(replay, AssessmentSubject.WINDOW, PERIOD);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            RankingLoader.load(replay, AssessmentSubject.WINDOW, PERIOD);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        System.out.println("java part ms after " + warmups + " warm-ups: " + RankingBenchmark.fmt(ms));
    }

    /** Where the ranking's time goes: each statement's median (and the rest: reading rows, scoring, ranking). */
    static void breakdown(Connection c, long hall, int runs) throws SQLException {
        Map<String, List<Double>> bySql = new LinkedHashMap<>();
        JdbcRankingSql jdbc = new JdbcRankingSql(c, hall);
        List<Double> total = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] inSql = {0};
            RankingSqlRunner timing = (sql, params) -> {
                long t = System.nanoTime();
                List<Object[]> rows = jdbc.rows(sql, params);
                double ms = (System.nanoTime() - t) / 1e6;
                inSql[0] += ms;
                String name = sql.equals(RankingLoader.RATINGS_BY_WINDOW) ? "ratings"
                        : sql.equals(RankingLoader.SHEETS) ? "sheets with figures"
                        : sql.equals(RankingLoader.SCHEMES) ? "scheme versions with rules" : "windows";
                bySql.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
                return rows;
            };
            long t = System.nanoTime();
            RankingLoader.load(timing, AssessmentSubject.WINDOW, PERIOD);
            double ms = (System.nanoTime() - t) / 1e6;
            total.add(ms);
            rest.add(ms - inSql[0]);
            c.rollback();
        }
        bySql.put("java (scoring, ranking)", rest);
        bySql.put("total", total);
        print("ranking, by part", bySql);
    }

    static long raw(Connection c, long hall) throws SQLException {
        long sum = 0;
        try (PreparedStatement ps = c.prepareStatement(RankingLoader.RATINGS_BY_WINDOW)) {
            ps.setLong(1, hall);
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

    // ------------------------------------------------------------------------------------------------ (b) comparison

    /**
     * Bench only: takes the ratings above {@code to} out of the tally and sets the mark at {@code to}, the highest id
     * seen at the table's last one with an old time, as if the timer had not yet run for them (the figures stay exact).
     */
    static void rewind(Connection c, long to) throws SQLException {
        c.setAutoCommit(false);
        JdbcTallySql sql = new JdbcTallySql(c);
        long mark = ((Number) sql.rows("select last_rating_id from rating_tally_mark where id = 1 for update").get(0)[0]).longValue();
        for (Object[] r : sql.rows(RatingTally.NEW_RATINGS, Math.min(to, mark), mark)) {
            sql.update("update rating_tally set cnt = cnt - ? where period_ym = ? and excluded = ? and window_id = ? "
                    + "and rating_level = ? and hall_id = ?", r[5], r[0], r[1], r[2], r[3], r[4]);
        }
        sql.update("update rating_tally_mark set last_rating_id = ?, seen_rating_id = (select max(id) from rating), "
                + "seen_at = '2000-01-01 00:00:00' where id = 1", Math.min(to, mark));
        c.commit();
        c.setAutoCommit(true);
    }

    /**
     * The timer's run ({@link RatingTally#step} in one transaction, as RatingTallyTimer runs it) for {@code n} new
     * ratings: 2,000 (one minute of a busy province) and 10,000 (the 5 minutes of the margin) inserted on random windows
     * before each run and removed after it, alternating; and 100,000 (the most a run takes) from the generated ones.
     */
    static void timerRuns(Connection c, int runs) throws SQLException {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        int[] sizes = {2_000, 10_000};
        for (int i = -1; i < runs; i++) { // the first round is a warm-up
            for (int k = 0; k < 2; k++) {
                int n = sizes[(i + k + 2) % 2];
                long before = scalar(c, "select max(id) from rating");
                try (Statement st = c.createStatement()) {
                    // explicit ids right above the last (an INSERT … SELECT's auto-increment leaves gaps; the intake's does not)
                    st.executeUpdate("insert into rating (id, hall_id, window_id, staff_id, rating_level, channel, rated_at, period_ym, "
                            + "excluded, version) select " + before + " + row_number() over (order by w.id), w.hall_id, w.id, null, "
                            + "elt(1 + floor(rand() * 5), 'VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'), "
                            + "'PAD', now(), " + PERIOD + ", false, 0 from (select id, hall_id from service_window order by rand() limit "
                            + n + ") w");
                }
                rewind(c, before); // seen: the new ones
                double ms = timedStep(c, n);
                if (i >= 0) {
                    times.computeIfAbsent(n + " new ratings", x -> new ArrayList<>()).add(ms);
                }
                rewind(c, before);
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("delete from rating where id > " + before);
                }
            }
        }
        long max = scalar(c, "select max(id) from rating");
        long inLast = scalar(c, "select count(*) from rating where id > " + (max - RatingTally.MAX_IDS));
        for (int i = 0; i < 3; i++) {
            rewind(c, max - RatingTally.MAX_IDS);
            times.computeIfAbsent(RatingTally.MAX_IDS + " ids (" + inLast + " generated ratings)", x -> new ArrayList<>())
                    .add(timedStep(c, inLast));
        }
        print("the timer's run (RatingTally.step, one transaction)", times);
        System.out.println(load(c));
    }

    static double timedStep(Connection c, long expected) throws SQLException {
        c.setAutoCommit(false);
        long t = System.nanoTime();
        RatingTally.Run run = RatingTally.step(new JdbcTallySql(c), java.time.LocalDateTime.now());
        c.commit();
        double ms = (System.nanoTime() - t) / 1e6;
        c.setAutoCommit(true);
        if (run.ratings() != expected) {
            throw new IllegalStateException("the run tallied " + run + ", expected " + expected + " ratings");
        }
        return ms;
    }

    static final String[] VARIANTS = {"A: grouped by window first (before issue 23 item 5)",
            "B: counting the ratings month first (before the tally)",
            "C: HallRatingsProvider now (the tally + the ratings above the mark)"};

    static void compare(Connection c, java.util.Set<Long> halls, int runs) throws SQLException {
        String[] sql = {RATINGS_BY_WINDOW_MONTHS, cn.fuwukuaiche.evaluation.control.HallRatingsProvider.MONTHS_BY_WINDOW,
                cn.fuwukuaiche.evaluation.control.HallRatingsProvider.MONTHS_FROM_TALLY};
        for (int i = 0; i < 2; i++) { // warm-up
            for (String q : sql) {
                comparison(c, halls, q, null);
            }
        }
        List<Map<String, List<Double>>> times = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        long[] totals = new long[3];
        List<Double> floor = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 3; k++) { // A B C, B C A, C A B, …
                int v = (i + k) % 3;
                totals[v] = comparison(c, halls, sql[v], times.get(v));
            }
            long t = System.nanoTime(); // the floor: only counting the months' ratings, nothing grouped
            scalar(c, "select count(*) from rating where period_ym >= " + (PERIOD - 5) + " and period_ym <= " + PERIOD
                    + " and excluded = false");
            floor.add((System.nanoTime() - t) / 1e6);
            c.rollback();
        }
        if (totals[0] != totals[1] || totals[0] != totals[2]) {
            throw new IllegalStateException("the variants counted " + java.util.Arrays.toString(totals));
        }
        System.out.printf("(b) every variant counted %d ratings of the month over %d halls%n", totals[0], halls.size());
        for (int v = 0; v < 3; v++) {
            print(VARIANTS[v], times.get(v));
        }
        print("floor", Map.of("count(*)", floor));
    }

    static void print(String name, Map<String, List<Double>> times) {
        System.out.println(name);
        times.forEach((k, v) -> System.out.printf("  %-10s %7.0f ms (%.0f–%.0f)   %s%n", k, RankingBenchmark.median(v),
                Collections.min(v), Collections.max(v), RankingBenchmark.fmt(v)));
    }

    /** One SupervisionService.compare(MONTH): each query and its fold per hall, timed; returns the month's ratings. */
    static long comparison(Connection c, java.util.Set<Long> halls, String ratingsSql, Map<String, List<Double>> times)
            throws SQLException {
        long start = System.nanoTime();
        long t = start;
        Map<Long, Long> windowHall = new HashMap<>();
        Map<Long, Long> staffHall = new HashMap<>();
        for (Object[] r : rows(c, SCOPE_WINDOWS)) {
            long h = ((Number) r[1]).longValue();
            if (halls.contains(h)) {
                windowHall.put(((Number) r[0]).longValue(), h);
            }
        }
        for (Object[] r : rows(c, SCOPE_STAFF)) {
            long h = ((Number) r[1]).longValue();
            if (halls.contains(h)) {
                staffHall.put(((Number) r[0]).longValue(), h);
            }
        }
        t = lap(times, "scope", t);
        Map<Long, Map<Integer, long[]>> tallies = new HashMap<>();
        long month = 0;
        Object[] months = ratingsSql.contains("rating_tally") ? new Object[] {PERIOD - 5, PERIOD, PERIOD - 5, PERIOD}
                : new Object[] {PERIOD - 5, PERIOD};
        for (Object[] r : rows(c, ratingsSql, months)) {
            Long h = windowHall.get(((Number) r[0]).longValue());
            if (h == null || !halls.contains(h)) {
                continue;
            }
            long n = ((Number) r[3]).longValue();
            long[] s = tallies.computeIfAbsent(h, k -> new HashMap<>()).computeIfAbsent(((Number) r[1]).intValue(), k -> new long[2]);
            s[0] += n;
            String level = (String) r[2];
            if (level.equals("DISSATISFIED") || level.equals("VERY_DISSATISFIED")) {
                s[1] += n;
            }
            if (((Number) r[1]).intValue() == PERIOD) {
                month += n;
            }
        }
        t = lap(times, "ratings", t);
        rows(c, FLAGS).forEach(r -> windowHall.get(((Number) r[0]).longValue()));
        t = lap(times, "flags", t);
        rows(c, STARS, "CONFIRMED", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))
                .forEach(r -> staffHall.get(((Number) r[0]).longValue()));
        t = lap(times, "stars", t);
        rows(c, NETWORK, Timestamp.valueOf(MONTH.atDay(1).atStartOfDay()), Timestamp.valueOf(MONTH.plusMonths(1).atDay(1).atStartOfDay()))
                .forEach(r -> halls.contains(((Number) r[0]).longValue()));
        t = lap(times, "network", t);
        rows(c, CONTESTS, "PUBLISHED", Timestamp.valueOf(LocalDate.of(2026, 1, 1).atStartOfDay()),
                Timestamp.valueOf(LocalDate.of(2027, 1, 1).atStartOfDay()))
                .forEach(r -> staffHall.get(((Number) r[1]).longValue()));
        lap(times, "contests", t);
        lap(times, "total", start);
        return month;
    }

    static long lap(Map<String, List<Double>> times, String what, long since) {
        long now = System.nanoTime();
        if (times != null) {
            times.computeIfAbsent(what, k -> new ArrayList<>()).add((now - since) / 1e6);
        }
        return now;
    }

    static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<Object[]> out = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int k = 0; k < n; k++) {
                        row[k] = rs.getObject(k + 1);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ plans, load

    static void plans(Connection c, long hall) throws SQLException {
        Timestamp m0 = Timestamp.valueOf(MONTH.atDay(1).atStartOfDay());
        Timestamp m1 = Timestamp.valueOf(MONTH.plusMonths(1).atDay(1).atStartOfDay());
        Timestamp y0 = Timestamp.valueOf(LocalDate.of(2026, 1, 1).atStartOfDay());
        Timestamp y1 = Timestamp.valueOf(LocalDate.of(2027, 1, 1).atStartOfDay());
        explain(c, "ranking: ratings by window", RankingLoader.RATINGS_BY_WINDOW, hall, PERIOD);
        explain(c, "ranking: sheets", RankingLoader.SHEETS, hall, PERIOD, "WINDOW");
        explain(c, "ranking: windows", cn.fuwukuaiche.org.control.OrgRows.WINDOWS, hall);
        explain(c, "ranking: scheme versions with rules", RankingLoader.SCHEMES, hall, "WINDOW");
        explain(c, "compare: scope windows", SCOPE_WINDOWS);
        explain(c, "compare: scope staff", SCOPE_STAFF);
        explain(c, "compare: ratings (A, by window)", RATINGS_BY_WINDOW_MONTHS, PERIOD - 5, PERIOD);
        explain(c, "compare: ratings (B, month first: HallRatingsProvider now)",
                cn.fuwukuaiche.evaluation.control.HallRatingsProvider.MONTHS_BY_WINDOW, PERIOD - 5, PERIOD);
        explain(c, "compare: ratings (grouped by hall)", RATINGS_BY_HALL, PERIOD - 5, PERIOD);
        explain(c, "compare: ratings (C, the tally + the ratings above the mark: HallRatingsProvider now)",
                cn.fuwukuaiche.evaluation.control.HallRatingsProvider.MONTHS_FROM_TALLY, PERIOD - 5, PERIOD, PERIOD - 5, PERIOD);
        explain(c, "compare: count only (the floor)", "select count(*) from rating where period_ym >= ? and period_ym <= ? "
                + "and excluded = false", PERIOD - 5, PERIOD);
        explain(c, "compare: flags", FLAGS);
        explain(c, "compare: stars", STARS, "CONFIRMED", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        explain(c, "compare: network", NETWORK, m0, m1);
        explain(c, "compare: contests", CONTESTS, "PUBLISHED", y0, y1);
    }

    static void explain(Connection c, String what, String sql, Object... params) throws SQLException {
        System.out.println("plan " + what + ":");
        for (Object[] r : rows(c, "EXPLAIN " + sql, params)) {
            // id select_type table type possible_keys key key_len ref rows Extra
            System.out.printf("  %s | %s | %s | key=%s | ref=%s | rows=%s | %s%n", r[2], r[3], r[1], r[5], r[7], r[8], r[9]);
        }
    }

    static String load(Connection c) {
        try {
            return "load average: " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "load average: unknown";
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
