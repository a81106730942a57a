package cn.fuwukuaiche.base.hall;

import java.time.YearMonth;
import java.util.List;

/** Ratings (好差评) per hall and month. Implemented by the evaluation area. */
public interface HallRatings {

    /** Counted ratings (not the excluded ones) of each covered hall in each month from {@code from} to {@code to}. */
    List<MonthTally> tallies(ComparedHalls scope, YearMonth from, YearMonth to);

    /** @param bad ratings of the two 差评 levels (不满意, 非常不满意) */
    record MonthTally(long hallId, YearMonth month, int ratings, int bad) {
    }
}
