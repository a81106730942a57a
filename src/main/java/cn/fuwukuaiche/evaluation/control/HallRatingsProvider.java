package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallRatings;
import cn.fuwukuaiche.base.hall.ComparedHalls;
import cn.fuwukuaiche.base.hall.CrossHallReads;
import cn.fuwukuaiche.base.rating.RatingLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link HallRatings} for the supervisor's comparison: the months' counted ratings per window, month and level from the
 * rating tally plus the ratings above its mark ({@link #MONTHS_FROM_TALLY}, issue 23 item 5b), summed per hall in Java
 * through {@link ComparedHalls#windowHall()}. Exact at every moment: the same figures as counting the ratings
 * ({@link #MONTHS_BY_WINDOW}); see {@code RatingTally}.
 *
 * <p>Native SQL on purpose: EclipseLink's multitenancy filters JPQL and entity reads by the current hall, not native
 * queries, and this one reads many halls at once. Once every table has its {@code hall_id} (the hall boundary), the
 * query can group by {@code hall_id} directly ({@code where hall_id in (…)}) instead of by window; the caller's scope
 * then needs no window map.
 */
@CrossHallReads("the supervisor's comparison: figures per compared hall")
@ApplicationScoped
public class HallRatingsProvider implements HallRatings {

    /**
     * The months' counted ratings per window, month and level in one statement (one snapshot, so a timer run that
     * commits meanwhile neither doubles nor drops a rating): the tally rows of the months ({@code rating_tally}'s key
     * starts with period_ym, excluded) and the live ratings above the mark, a primary-key range (the mark row is a
     * constant for MariaDB's optimizer: {@code r.id > const}). A window, month and level may come in several rows; the
     * caller sums them. Parameters: from, to, from, to (yyyymm).
     */
    public static final String MONTHS_FROM_TALLY = "select window_id, period_ym, rating_level, cnt from rating_tally "
            + "where period_ym >= ? and period_ym <= ? and excluded = false "
            + "union all select r.window_id, r.period_ym, r.rating_level, count(*) from rating_tally_mark m "
            + "join rating r on r.id > m.last_rating_id where m.id = 1 and r.period_ym >= ? and r.period_ym <= ? "
            + "and r.excluded = false group by r.window_id, r.period_ym, r.rating_level";

    /**
     * The same figures counted from the ratings: what this provider ran before the tally (3.2 s for 10,000,000 ratings
     * on MariaDB), kept as the reference the tests and the benchmark compare with. Grouped in the order of {@code ix_rating_month_counts (period_ym,
     * excluded, window_id, rating_level)} so that MariaDB counts while it reads the index, with no temporary table and
     * no sort (grouped by window first it needed both: 18.9 s against 3.2 s over 10,000,000 ratings, docs/benchmarks.md
     * "Province scale").
     */
    public static final String MONTHS_BY_WINDOW = "select window_id, period_ym, rating_level, count(*) from rating "
            + "where period_ym >= ? and period_ym <= ? and excluded = false group by period_ym, window_id, rating_level";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<MonthTally> tallies(ComparedHalls scope, YearMonth from, YearMonth to) {
        List<?> rows = em.createNativeQuery(MONTHS_FROM_TALLY)
                .setParameter(1, ym(from)).setParameter(2, ym(to)).setParameter(3, ym(from)).setParameter(4, ym(to))
                .getResultList();
        Map<Long, Map<YearMonth, int[]>> sums = new TreeMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            Long hall = scope.hallOfWindow(((Number) r[0]).longValue());
            if (hall == null) {
                continue;
            }
            int period = ((Number) r[1]).intValue();
            YearMonth month = YearMonth.of(period / 100, period % 100);
            int n = ((Number) r[3]).intValue();
            int[] s = sums.computeIfAbsent(hall, h -> new TreeMap<>()).computeIfAbsent(month, m -> new int[2]);
            s[0] += n;
            if (RatingLevel.valueOf((String) r[2]).isBad()) {
                s[1] += n;
            }
        }
        List<MonthTally> out = new ArrayList<>();
        sums.forEach((hall, months) -> months.forEach((m, s) -> out.add(new MonthTally(hall, m, s[0], s[1]))));
        return out;
    }

    static int ym(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }
}
