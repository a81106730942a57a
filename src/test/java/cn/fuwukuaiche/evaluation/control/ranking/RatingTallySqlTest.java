package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.evaluation.control.HallRatingsProvider;
import cn.fuwukuaiche.evaluation.control.tally.RatingTally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rating tally on the app's schema (H2, MODE=LEGACY, every Flyway migration): the supervisor's figures
 * ({@link HallRatingsProvider#MONTHS_FROM_TALLY}: tally rows plus the ratings above the mark) equal the raw grouped count
 * ({@link HallRatingsProvider#MONTHS_BY_WINDOW}) before and after every timer run, exclusion and new rating; the timer
 * passes a rating only a margin after it saw it, and then also one committed late with a lower id. Time is given to
 * each run (no sleeps).
 */
class RatingTallySqlTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 20, 10, 0);
    private static final int[] NONE = {0, 0, 0, 0, 0};

    private String url;
    private Connection c;
    private RankingFixture f;

    @BeforeEach
    void county() throws SQLException {
        url = "jdbc:h2:mem:tally" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        RankingFixture.migrate(url, "sa", "sa");
        c = DriverManager.getConnection(url, "sa", "sa");
        f = new RankingFixture(c).county(3);
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("shutdown");
        }
        c.close();
    }

    @Test
    void the_figures_equal_the_raw_count_after_every_run_exclusion_and_new_rating() throws SQLException {
        // levels best first: 非常满意, 满意, 基本满意, 不满意, 非常不满意; the last figure: 差评 an appeal excluded
        f.ratings(202609, w(0), f.staffIds.get(0), new int[] {5, 2, 1, 1, 0}, 2);
        f.ratings(202610, w(0), f.staffIds.get(1), new int[] {3, 0, 0, 0, 1}, 0);
        f.ratings(202610, w(2), null, new int[] {0, 4, 0, 2, 0}, 1);
        long first = max();
        exact();
        assertEquals(0, mark(), "V186 on an empty database");

        assertEquals(0, step(T0).to(), "seen now: not passed before the margin");
        exact();
        assertEquals(0, step(T0.plusMinutes(4)).to());
        exact();
        RatingTally.Run run = step(T0.plusMinutes(5));
        assertEquals(first, run.to());
        assertEquals(22, run.ratings());
        exact();
        assertEquals(raw(), tallyOnly(), "caught up: the tally alone holds the figures");

        // exclusions at or below the mark move a count; repeated, nothing moves
        long dissatisfied = id("rating_level = 'DISSATISFIED' and excluded = false and period_ym = 202610");
        long excluded = id("excluded = true and period_ym = 202609");
        record Flip(long rating, boolean excluded, boolean moves) {
        }
        for (Flip flip : List.of(new Flip(dissatisfied, true, true), new Flip(dissatisfied, true, false),
                new Flip(excluded, false, true), new Flip(excluded, false, false), new Flip(excluded, true, true))) {
            assertEquals(flip.moves(), exclude(flip.rating(), flip.excluded()), flip.toString());
            exact();
        }

        // new ratings above the mark are counted live; excluding one of them moves nothing in the tally
        f.ratings(202610, w(1), f.staffIds.get(3), new int[] {2, 0, 0, 1, 1}, 0);
        f.ratings(202611, w(1), f.staffIds.get(4), new int[] {7, 0, 0, 0, 0}, 0); // after the months asked for
        exact();
        long fresh = id("id > " + first + " and rating_level = 'VERY_DISSATISFIED'");
        assertFalse(exclude(fresh, true));
        exact();
        assertEquals(first, step(T0.plusMinutes(9)).to(), "the last look is younger than the margin: nothing");
        exact();
        assertEquals(first, step(T0.plusMinutes(10)).to(), "looks again, passes nothing yet");
        exact();
        f.ratings(202610, w(2), null, new int[] {1, 0, 0, 0, 0}, 0); // after the look: waits for the next one
        long afterLook = max();
        exact();
        assertFalse(exclude(id("id > " + first + " and rating_level = 'DISSATISFIED'"), true));
        exact();
        RatingTally.Run second = step(T0.plusMinutes(15));
        assertEquals(first + 11, second.to());
        assertEquals(11, second.ratings());
        assertTrue(afterLook > second.to() && second.seen() == afterLook, second.toString());
        exact();
        assertEquals(afterLook, step(T0.plusMinutes(20)).to());
        exact();
        assertEquals(raw(), tallyOnly());
    }

    @Test
    void a_rating_newer_than_the_margin_is_not_tallied_but_counted_live() throws SQLException {
        f.ratings(202610, w(0), f.staffIds.get(0), new int[] {4, 1, 0, 1, 0}, 0);
        step(T0);
        step(T0.plusMinutes(5)); // tallies the six, looks again
        assertEquals(max(), mark());
        f.ratings(202610, w(1), f.staffIds.get(3), new int[] {0, 0, 0, 0, 1}, 0);
        long rating = max();
        LocalDateTime seen = T0.plusMinutes(10);
        step(seen); // sees it
        for (LocalDateTime t : List.of(seen, seen.plusMinutes(2), seen.plusMinutes(5).minusNanos(1000))) {
            step(t);
            assertTrue(mark() < rating, "not tallied at " + t);
            exact();
            assertEquals(1L, figures().get(w(1) + " 202610 VERY_DISSATISFIED"), "counted live at " + t);
        }
        step(seen.plusMinutes(5));
        assertEquals(rating, mark());
        exact();
        assertEquals(raw(), tallyOnly());
    }

    @Test
    void a_rating_committed_after_a_higher_id_is_tallied_by_the_run_after_the_margin() throws SQLException {
        f.ratings(202610, w(0), f.staffIds.get(0), new int[] {1, 0, 0, 0, 0}, 0);
        try (Connection late = DriverManager.getConnection(url, "sa", "sa")) {
            late.setAutoCommit(false);
            new RankingFixture(late).ratings(202610, w(1), null, new int[] {0, 0, 0, 1, 0}, 0); // its id taken, not committed
            f.ratings(202610, w(2), null, new int[] {0, 1, 0, 0, 0}, 0); // a higher id, committed first
            step(T0); // sees the higher id; the lower one is not visible yet
            step(T0.plusMinutes(1)); // without the margin the mark would pass the lower id now, and lose it
            assertEquals(0, mark());
            late.commit();
        }
        exact();
        assertEquals(0, mark());
        step(T0.plusMinutes(5));
        assertEquals(max(), mark());
        exact();
        assertEquals(raw(), tallyOnly());
        assertEquals(1L, tallyOnly().get(w(1) + " 202610 DISSATISFIED"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private long w(int i) {
        return f.windowIds.get(i);
    }

    /** One timer run in its own transaction, as the server's timer runs it. */
    private RatingTally.Run step(LocalDateTime now) throws SQLException {
        c.setAutoCommit(false);
        try {
            RatingTally.Run r = RatingTally.step(new JdbcTallySql(c), now);
            c.commit();
            return r;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** An upheld appeal (or its reversal): the tally's move and the rating's flag in one transaction. */
    private boolean exclude(long ratingId, boolean excluded) throws SQLException {
        c.setAutoCommit(false);
        try {
            boolean moved = RatingTally.moveCount(new JdbcTallySql(c), ratingId, excluded);
            try (PreparedStatement ps = c.prepareStatement("update rating set excluded = ? where id = ?")) {
                ps.setBoolean(1, excluded);
                ps.setLong(2, ratingId);
                assertEquals(1, ps.executeUpdate());
            }
            c.commit();
            return moved;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The supervisor's figures equal the raw count, and there are some. */
    private void exact() throws SQLException {
        Map<String, Long> raw = raw();
        assertFalse(raw.isEmpty());
        assertEquals(raw, figures());
    }

    /** "window month level" → count, from the ratings (2026-01 to 2026-10). */
    private Map<String, Long> raw() throws SQLException {
        return sums(HallRatingsProvider.MONTHS_BY_WINDOW, 202601, 202610);
    }

    /** The same from the tally and the live ratings, as the provider reads them. */
    private Map<String, Long> figures() throws SQLException {
        return sums(HallRatingsProvider.MONTHS_FROM_TALLY, 202601, 202610, 202601, 202610);
    }

    private Map<String, Long> tallyOnly() throws SQLException {
        return sums("select window_id, period_ym, rating_level, cnt from rating_tally where period_ym >= ? and period_ym <= ? "
                + "and excluded = false", 202601, 202610);
    }

    /** Rows summed per window, month and level; zero sums left out (a tally row can drop to 0). */
    private Map<String, Long> sums(String sql, Object... params) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (Object[] r : new JdbcTallySql(c).rows(sql, params)) {
            out.merge(r[0] + " " + r[1] + " " + r[2], ((Number) r[3]).longValue(), Long::sum);
        }
        out.values().removeIf(n -> n == 0);
        return out;
    }

    private long mark() throws SQLException {
        return scalar("select last_rating_id from rating_tally_mark where id = 1");
    }

    private long max() throws SQLException {
        return scalar("select max(id) from rating");
    }

    private long id(String where) throws SQLException {
        return scalar("select min(id) from rating where " + where);
    }

    private long scalar(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
