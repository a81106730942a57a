package cn.fuwukuaiche.base.hall;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Upgrade without loss (issue 23): a single-hall database of the previous release (schema V181, the release before the boundary: a county with
 * windows, staff, a month of ratings, accounts, audit lines) migrated to the latest schema keeps every row of every
 * table, every hall-owned row and every account now names the one hall, and the month's ranking of the windows by
 * 满意率, read for that hall, is the one read before. Afterwards a row with no hall or a made-up one is refused by
 * the database (H2 in MODE=LEGACY, as the app runs; MariaDB runs the same script in the in-container tests).
 */
class HallBoundaryMigrationTest {

    private static final int MONTH = 202611;
    private static Connection c;
    private static long hall;
    private static Map<String, Long> countsBefore;
    private static List<String> rankingBefore;

    private static final String RANKING = "select window_id, count(*), "
            + "sum(case when rating_level in ('VERY_SATISFIED', 'SATISFIED') then 1 else 0 end) * 1000 / count(*) as permille "
            + "from rating where period_ym = " + MONTH + " and excluded = false %s group by window_id order by permille desc, window_id";

    @BeforeAll
    static void a_county_of_the_previous_release_migrated() throws SQLException {
        String url = "jdbc:h2:mem:v182" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        c = DriverManager.getConnection(url, "sa", "sa");
        flyway(url).target("181").load().migrate();
        county();
        countsBefore = counts();
        rankingBefore = rows(String.format(RANKING, ""));
        flyway(url).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure(HallBoundaryMigrationTest.class.getClassLoader()).dataSource(url, "sa", "sa")
                .locations("classpath:db/migration");
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void every_table_keeps_every_row() throws SQLException {
        Map<String, Long> after = counts();
        after.keySet().retainAll(countsBefore.keySet());
        assertEquals(countsBefore, after);
        assertTrue(countsBefore.get("RATING") > 500 && countsBefore.get("STAFF") == 24, countsBefore.toString());
    }

    @Test
    void every_hall_owned_row_and_every_account_is_the_one_halls() throws SQLException {
        List<String> wrong = new ArrayList<>();
        for (String table : HallBoundaryTest.hallOwnedTables()) {
            long all = count("select count(*) from " + table);
            long ofHall = count("select count(*) from " + table + " where hall_id = " + hall);
            if (all != ofHall) {
                wrong.add(table + ": " + ofHall + " of " + all);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(count("select count(*) from app_user"), count("select count(*) from app_user where hall_id = " + hall));
        assertEquals(count("select count(*) from audit_entry"), count("select count(*) from audit_entry where hall_id = " + hall));
    }

    @Test
    void the_months_ranking_read_for_the_hall_is_the_one_read_before() throws SQLException {
        assertFalse(rankingBefore.isEmpty());
        assertEquals(rankingBefore, rows(String.format(RANKING, "and hall_id = " + hall)));
    }

    @Test
    void a_row_without_a_hall_or_with_a_made_up_one_is_refused() throws SQLException {
        try (Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("insert into service_window (window_no, name, unit_id, "
                    + "floor_id, active, version) select 'X01', '无中心', unit_id, floor_id, true, 0 from service_window "
                    + "where id = (select min(id) from service_window)"));
            assertThrows(SQLException.class, () -> st.executeUpdate("insert into service_window (hall_id, window_no, name, "
                    + "unit_id, floor_id, active, version) select 0, 'X02', '假中心', unit_id, floor_id, true, 0 "
                    + "from service_window where id = (select min(id) from service_window)"));
        }
    }

    /** Two units, eight windows, 24 staff, a month of ratings, three accounts and their audit lines, as V181 had them. */
    private static void county() throws SQLException {
        hall = insert("insert into hall (name, county, address, code, version) values ('青山县政务服务中心', '青山县', null, 'qingshan', 0)");
        long floor = insert("insert into hall_floor (hall_id, floor_no, name, version) values (" + hall + ", 1, '一楼', 0)");
        long general = insert("insert into general_branch (hall_id, name, version) values (" + hall + ", '中心党总支', 0)");
        long branch = insert("insert into party_branch (general_branch_id, name, kind, display_order, active, version) values ("
                + general + ", '第一联合党支部', 'JOINT', 1, true, 0)");
        Random random = new Random(23);
        long unit = 0;
        for (int i = 0; i < 8; i++) {
            if (i % 4 == 0) {
                unit = insert("insert into stationed_unit (hall_id, name, short_name, branch_id, display_order, active, version) "
                        + "values (" + hall + ", '单位" + i + "', '单位" + i + "', " + branch + ", " + i + ", true, 0)");
            }
            long window = insert("insert into service_window (window_no, name, unit_id, floor_id, active, version) values ('A0"
                    + (i + 1) + "', '窗口" + (i + 1) + "', " + unit + ", " + floor + ", true, 0)");
            long[] staff = new long[3];
            for (int p = 0; p < 3; p++) {
                staff[p] = insert("insert into staff (staff_no, name, gender, political_status, unit_id, window_id, active, version) "
                        + "values ('T" + (i * 3 + p) + "', '员工" + (i * 3 + p) + "', 'FEMALE', 'MASSES', " + unit + ", " + window
                        + ", true, 0)");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into rating (window_id, staff_id, rating_level, channel, rated_at, "
                    + "period_ym, excluded, version) values (?, ?, ?, 'PAD', '2026-11-10 10:00:00', ?, ?, 0)")) {
                String[] levels = {"VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED", "VERY_DISSATISFIED"};
                for (int n = 0; n < 60 + 10 * i; n++) {
                    ps.setLong(1, window);
                    ps.setLong(2, staff[n % 3]);
                    ps.setString(3, levels[random.nextInt(i % 3 == 0 ? 5 : 3)]);
                    ps.setInt(4, n % 7 == 0 ? MONTH - 1 : MONTH);
                    ps.setBoolean(5, n % 13 == 0);
                    ps.executeUpdate();
                }
            }
        }
        for (String user : new String[] {"admin", "leader", "staff"}) {
            insert("insert into app_user (username, display_name, password_hash, active, must_change_password, failed_logins, "
                    + "created_at, version) values ('" + user + "', '" + user + "', 'x', true, false, 0, '2026-11-01 08:00:00', 0)");
            insert("insert into audit_entry (occurred_at, actor, action, entity_type, summary) values ('2026-11-01 08:00:00', '"
                    + user + "', 'LOGIN', '用户', '登录')");
        }
    }

    private static Map<String, Long> counts() throws SQLException {
        return MigrationSql.tableCounts(c);
    }

    private static long count(String sql) throws SQLException {
        return MigrationSql.count(c, sql);
    }

    private static List<String> rows(String sql) throws SQLException {
        return MigrationSql.rows(c, sql);
    }

    private static long insert(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet k = st.getGeneratedKeys()) {
                return k.next() ? k.getLong(1) : 0;
            }
        }
    }
}
