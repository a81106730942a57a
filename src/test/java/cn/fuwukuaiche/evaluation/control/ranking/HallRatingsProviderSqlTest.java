package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.evaluation.control.HallRatingsProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The supervisor's reference count ({@link HallRatingsProvider#MONTHS_BY_WINDOW}, what the provider ran before the
 * rating tally; RatingTallySqlTest checks the tally against it) is grouped month first so that MariaDB
 * counts along {@code ix_rating_month_counts} (issue 23 item 5): on the app's schema (H2, MODE=LEGACY) it answers
 * the same rows as the query grouped window first did, counts only the months asked for, and leaves out ratings
 * an upheld appeal excluded.
 */
class HallRatingsProviderSqlTest {

    private static final String WINDOW_FIRST = "select window_id, period_ym, rating_level, count(*) from rating "
            + "where period_ym >= ? and period_ym <= ? and excluded = false group by window_id, period_ym, rating_level";

    private static Connection c;
    private static RankingFixture f;

    @BeforeAll
    static void county() throws SQLException {
        String url = "jdbc:h2:mem:hallratings" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        RankingFixture.migrate(url, "sa", "sa");
        c = DriverManager.getConnection(url, "sa", "sa");
        f = new RankingFixture(c).county(3);
        // levels best first: 非常满意, 满意, 基本满意, 不满意, 非常不满意; the last figure: 差评 an appeal excluded
        f.ratings(202609, f.windowIds.get(0), f.staffIds.get(0), new int[] {5, 2, 1, 1, 0}, 2);
        f.ratings(202610, f.windowIds.get(0), f.staffIds.get(1), new int[] {3, 0, 0, 0, 1}, 0);
        f.ratings(202610, f.windowIds.get(2), null, new int[] {0, 4, 0, 2, 0}, 1);
        f.ratings(202611, f.windowIds.get(1), f.staffIds.get(3), new int[] {7, 0, 0, 0, 0}, 0); // after the months asked for
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void answers_the_rows_of_the_query_grouped_window_first() throws SQLException {
        List<String> now = rows(HallRatingsProvider.MONTHS_BY_WINDOW);
        assertEquals(rows(WINDOW_FIRST), now);
        assertEquals(List.of(
                f.windowIds.get(0) + " 202609 BASIC 1", f.windowIds.get(0) + " 202609 DISSATISFIED 1",
                f.windowIds.get(0) + " 202609 SATISFIED 2", f.windowIds.get(0) + " 202609 VERY_SATISFIED 5",
                f.windowIds.get(0) + " 202610 VERY_DISSATISFIED 1", f.windowIds.get(0) + " 202610 VERY_SATISFIED 3",
                f.windowIds.get(2) + " 202610 DISSATISFIED 2", f.windowIds.get(2) + " 202610 SATISFIED 4"), now);
    }

    /** Sorted "window month level count" lines for the months 2026-05 to 2026-10. */
    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, 202605);
            ps.setInt(2, 202610);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getLong(4));
                }
            }
        }
        out.sort(String::compareTo);
        return out;
    }
}
