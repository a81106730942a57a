package cn.fuwukuaiche.base.hall;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Upgrade without loss (issue 23 item 4), from a real database: the demo database of the release before the hall
 * boundary ({@code src/test/resources/db/previous-release-demo.sql.gz}: {@code ./mvnw -Prun} of commit 057e5a9 on a
 * fresh ./data, stopped, and dumped with H2's {@code SCRIPT … COMPRESSION GZIP}; schema V181, the demo county with its
 * 4,203 ratings over six months, sheets, rankings, flags, stars, network, branch life, the supervising office and its two
 * accounts above the halls). Migrated to the latest schema by the app's own Flyway scripts, it keeps every row of
 * every table; every hall-owned row and every hall account names the one hall, the two accounts above the halls and
 * their audit lines none; and each month's ranking of the windows by 满意率, read for that hall, is the one read before.
 */
class PreviousReleaseMigrationTest {

    private static final String RANKING = "select period_ym, window_id, count(*), "
            + "sum(case when rating_level in ('VERY_SATISFIED', 'SATISFIED', 'BASIC') then 1 else 0 end) * 10000 / count(*) as permyriad "
            + "from rating where excluded = false %s group by period_ym, window_id order by period_ym, permyriad desc, window_id";

    private static Connection c;
    private static long hall;
    private static Map<String, Long> countsBefore;
    private static List<String> rankingBefore;

    @BeforeAll
    static void the_previous_releases_demo_database_migrated() throws SQLException, IOException {
        String url = "jdbc:h2:mem:previous" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        c = DriverManager.getConnection(url, "sa", "sa");
        Path dump = Files.createTempFile("previous-release-demo", ".sql.gz");
        try (InputStream in = PreviousReleaseMigrationTest.class.getResourceAsStream("/db/previous-release-demo.sql.gz")) {
            Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + dump.toAbsolutePath() + "' COMPRESSION GZIP");
        } finally {
            Files.delete(dump);
        }
        assertEquals("181", one("select max(cast(\"version\" as int)) from \"flyway_schema_history\""), "the dump is of V181");
        countsBefore = counts();
        rankingBefore = rows(String.format(RANKING, ""));
        Flyway.configure(PreviousReleaseMigrationTest.class.getClassLoader()).dataSource(url, "sa", "sa")
                .locations("classpath:db/migration").load().migrate();
        hall = Long.parseLong(one("select min(id) from hall"));
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
        assertTrue(countsBefore.get("RATING") > 4_000 && countsBefore.get("STAFF") > 50, countsBefore.toString());
        assertEquals("1", one("select count(*) from hall"), "one hall before, one hall after");
    }

    @Test
    void every_hall_owned_row_and_every_hall_account_is_the_one_halls_those_above_halls_none() throws SQLException {
        List<String> wrong = new ArrayList<>();
        for (String table : HallBoundaryTest.hallOwnedTables()) {
            long all = count("select count(*) from " + table);
            long ofHall = count("select count(*) from " + table + " where hall_id = " + hall);
            if (all != ofHall) {
                wrong.add(table + ": " + ofHall + " of " + all);
            }
        }
        assertEquals(List.of(), wrong);
        String above = "(select user_id from app_user_role where role_name in ('SUPERVISOR', 'SUPER_ADMIN'))";
        assertEquals(2, count("select count(*) from app_user where id in " + above), "上级主管 and 超级管理员 in the dump");
        assertEquals(0, count("select count(*) from app_user where id in " + above + " and hall_id is not null"));
        assertEquals(0, count("select count(*) from app_user where id not in " + above + " and (hall_id is null or hall_id <> " + hall + ")"));
        assertEquals(0, count("select count(*) from audit_entry where hall_id is not null and hall_id <> " + hall));
        String aboveNames = "(select u.username from app_user u where u.id in " + above + ")";
        assertEquals(count("select count(*) from audit_entry where actor not in " + aboveNames),
                count("select count(*) from audit_entry where hall_id = " + hall), "the hall's audit lines");
    }

    @Test
    void every_months_ranking_read_for_the_hall_is_the_one_read_before() throws SQLException {
        assertTrue(rankingBefore.size() > 100, "months × windows: " + rankingBefore.size());
        assertEquals(rankingBefore, rows(String.format(RANKING, "and hall_id = " + hall)));
    }

    /** V186 fills the supervisor's tally from the ratings and sets its mark at the last of them (issue 23 item 5b). */
    @Test
    void the_rating_tally_holds_every_rating_grouped() throws SQLException {
        String grouped = "select period_ym, excluded, window_id, rating_level, hall_id, %s from %s "
                + "group by period_ym, excluded, window_id, rating_level, hall_id order by period_ym, excluded, window_id, rating_level, hall_id";
        List<String> tally = rows(String.format(grouped, "sum(cnt)", "rating_tally"));
        assertTrue(tally.size() > 100, "tally rows: " + tally.size());
        assertEquals(rows(String.format(grouped, "count(*)", "rating")), tally);
        assertEquals(count("select max(id) from rating"), count("select last_rating_id from rating_tally_mark where id = 1"));
        assertEquals(countsBefore.get("RATING"), count("select sum(cnt) from rating_tally"));
    }

    private static Map<String, Long> counts() throws SQLException {
        return MigrationSql.tableCounts(c);
    }

    private static long count(String sql) throws SQLException {
        return MigrationSql.count(c, sql);
    }

    private static String one(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        return MigrationSql.rows(c, sql);
    }
}
