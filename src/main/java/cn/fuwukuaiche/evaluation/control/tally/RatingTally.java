package cn.fuwukuaiche.evaluation.control.tally;

import cn.fuwukuaiche.evaluation.entity.Rating;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The rating tally (issue 23 item 5b, V186): counted ratings per month, excluded flag, window, level and hall for every
 * rating up to a mark, so that the supervisor's comparison reads ~150,000 tally rows a month instead of counting 10
 * million ratings, with exact figures: a reader adds the ratings above the mark (a primary-key range, a few minutes of
 * intake) to the tally rows, in one statement ({@code HallRatingsProvider.MONTHS}). The intake does not touch the tally
 * (issue 21: a rating costs a bare insert).
 *
 * <p>Two writers, each in its caller's transaction and both under the lock of the one mark row, so they never cross:
 * <ul>
 *   <li>{@link #step}, every minute on one node ({@code RatingTallyTimer}): adds the ratings between the mark and the
 *   highest id seen committed at least {@link #MARGIN} ago (at most {@link #MAX_IDS} ids a run) and moves the mark.
 *   The margin's assumption: no transaction that inserts a rating stays open longer than it; ids are taken at insert,
 *   so a rating committed late can have a lower id than one already seen, and it must be in by the time the mark
 *   passes it.</li>
 *   <li>{@link #setExcluded}, where an upheld appeal takes a rating out: if the rating is at or below the mark it
 *   moves one count from its excluded = false row to its excluded = true row (or back).</li>
 * </ul>
 * The lock comes first in the timer's transaction, so on MariaDB (REPEATABLE READ) its snapshot of the ratings starts
 * after any exclusion committed before it; an exclusion that waited for the lock reads the moved mark and moves the count.
 */
public final class RatingTally {

    /** How long an id must have been seen committed before the mark may pass it (see the class comment). */
    public static final Duration MARGIN = Duration.ofMinutes(5);

    /** At most this many ids a run: a backlog (the first runs after a long stop) goes in bounded steps. */
    public static final int MAX_IDS = 100_000;

    static final String LOCK = "select last_rating_id, seen_rating_id, seen_at from rating_tally_mark where id = 1 for update";

    /** The tally rows of the ratings in an id range (the benchmark also takes them out again with it). */
    public static final String NEW_RATINGS = "select period_ym, excluded, window_id, rating_level, hall_id, count(*) from rating "
            + "where id > ? and id <= ? group by period_ym, excluded, window_id, rating_level, hall_id";

    /**
     * The highest committed rating id from the last one seen: a primary-key range over the ratings since. (Every rating
     * has its hall: {@code hall_id is not null} only answers HallBoundaryTest's rule that SQL on a hall-owned table
     * names hall_id; this statement reads across halls on purpose.)
     */
    static final String HIGHEST = "select max(id) from rating where id >= ? and hall_id is not null";

    static final String ADD = "update rating_tally set cnt = cnt + ? where period_ym = ? and excluded = ? and window_id = ? "
            + "and rating_level = ? and hall_id = ?";

    static final String NEW_ROW = "insert into rating_tally (period_ym, excluded, window_id, rating_level, hall_id, cnt) "
            + "values (?, ?, ?, ?, ?, ?)";

    static final String MOVE = "update rating_tally_mark set last_rating_id = ?, seen_rating_id = ?, seen_at = ? where id = 1";

    static final String RATING = "select period_ym, window_id, rating_level, hall_id, excluded from rating where id = ?";

    private RatingTally() {
    }

    /** The mark row: every rating up to {@code tallied} is in the tally; {@code seen} was the highest at {@code seenAt}. */
    public record Mark(long tallied, long seen, LocalDateTime seenAt) {
    }

    /** One timer run: the tally now holds the ratings up to {@code to} (was {@code from}). */
    public record Run(long from, long to, long ratings, int rows, long seen, LocalDateTime seenAt) {
    }

    /** A tally row's key without the excluded flag. */
    record Key(int periodYm, long windowId, String level, long hallId) {
    }

    // ------------------------------------------------------------------------------------------- rules (plain Java)

    /** Up to which id the mark may move at {@code now}: the seen id once it is older than the margin, by at most MAX_IDS. */
    static long upTo(Mark m, LocalDateTime now) {
        if (m.seenAt().isAfter(now.minus(MARGIN)) || m.seen() <= m.tallied()) {
            return m.tallied();
        }
        return Math.min(m.seen(), m.tallied() + MAX_IDS);
    }

    /** Whether to look for the highest id again: the mark has reached the seen id, and the margin has passed since. */
    static boolean looksAgain(Mark m, long upTo, LocalDateTime now) {
        return upTo >= m.seen() && !m.seenAt().isAfter(now.minus(MARGIN));
    }

    // ------------------------------------------------------------------------------------------- the two writers

    /** One timer run in the caller's transaction (see the class comment); {@code now} from {@code Times.now()}. */
    public static Run step(TallySql sql, LocalDateTime now) {
        Mark m = lock(sql);
        long to = upTo(m, now);
        long ratings = 0;
        int rows = 0;
        if (to > m.tallied()) {
            for (Object[] r : sql.rows(NEW_RATINGS, m.tallied(), to)) {
                long n = num(r[5]);
                add(sql, new Key((int) num(r[0]), num(r[2]), (String) r[3], num(r[4])), bool(r[1]), n);
                ratings += n;
                rows++;
            }
        }
        long seen = m.seen();
        LocalDateTime seenAt = m.seenAt();
        if (looksAgain(m, to, now)) {
            List<Object[]> h = sql.rows(HIGHEST, m.seen());
            if (!h.isEmpty() && h.get(0)[0] != null) {
                seen = Math.max(seen, num(h.get(0)[0]));
            }
            seenAt = now;
        }
        if (to != m.tallied() || seen != m.seen() || !seenAt.equals(m.seenAt())) {
            sql.update(MOVE, to, seen, seenAt);
        }
        return new Run(m.tallied(), to, ratings, rows, seen, seenAt);
    }

    /**
     * Sets a rating's excluded flag (an upheld appeal) and keeps the tally exact: the one place that changes the flag.
     * Call it in the transaction that changes the rating, before anything else writes it.
     */
    public static void setExcluded(TallySql sql, Rating rating, boolean excluded) {
        if (rating.getId() != null) {
            moveCount(sql, rating.getId(), excluded);
        }
        rating.setExcluded(excluded);
    }

    /**
     * Under the mark's lock: if the rating is tallied and its stored flag differs from {@code excluded}, moves its count
     * to the {@code excluded} row. True if a count moved. (The JDBC form for tests and the benchmark; the app calls
     * {@link #setExcluded}, which also sets the entity's flag.)
     */
    public static boolean moveCount(TallySql sql, long ratingId, boolean excluded) {
        Mark m = lock(sql);
        if (ratingId > m.tallied()) {
            return false; // not tallied yet: the timer will count it with its flag as then committed
        }
        List<Object[]> found = sql.rows(RATING, ratingId);
        if (found.isEmpty()) {
            return false;
        }
        Object[] r = found.get(0);
        if (bool(r[4]) == excluded) {
            return false;
        }
        Key k = new Key((int) num(r[0]), num(r[1]), (String) r[2], num(r[3]));
        add(sql, k, !excluded, -1);
        add(sql, k, excluded, 1);
        return true;
    }

    static Mark lock(TallySql sql) {
        List<Object[]> rows = sql.rows(LOCK);
        if (rows.isEmpty()) {
            throw new IllegalStateException("rating_tally_mark has no row 1 (V186 makes it)");
        }
        Object[] r = rows.get(0);
        return new Mark(num(r[0]), num(r[1]), time(r[2]));
    }

    /** Adds {@code n} to a tally row, making it if absent (update first: portable, and the mark's lock keeps it single). */
    static void add(TallySql sql, Key k, boolean excluded, long n) {
        if (sql.update(ADD, n, k.periodYm(), excluded, k.windowId(), k.level(), k.hallId()) == 0) {
            sql.update(NEW_ROW, k.periodYm(), excluded, k.windowId(), k.level(), k.hallId(), n);
        }
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    static LocalDateTime time(Object o) {
        return o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
