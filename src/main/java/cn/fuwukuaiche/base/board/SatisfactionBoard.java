package cn.fuwukuaiche.base.board;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The hall's 满意率 as the screens show it. Implemented by the evaluation area; public figures only: rank and
 * 满意率, never a score's items or deductions, never a rating's comment.
 */
public interface SatisfactionBoard {

    /** This month's hall 满意率, the trend of the last {@code months} months (this one last) and the windows' ranks. */
    Satisfaction satisfaction(YearMonth month, int months);

    /** This month's hall 满意率, the last months' trend and the windows' ranks (rank and 满意率 only). */
    record Satisfaction(YearMonth month, int ratings, BigDecimal percent, List<TrendPoint> trend, List<Rank> ranking) {
    }

    record TrendPoint(YearMonth month, int ratings, BigDecimal percent) {
    }

    /** @param tied shares the rank with another window */
    record Rank(int rank, boolean tied, String window, BigDecimal satisfactionPercent) {
    }
}
