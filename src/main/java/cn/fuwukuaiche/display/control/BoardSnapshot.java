package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.ContestBoard;
import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.board.StarBoard;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything public the screens show, read once and shared by every screen until the next
 * {@code BoardChanged} (or the safety expiry): names still in full, photos as bytes. {@link FeedAssembler}
 * turns it into one screen's {@link DisplayFeed}. A board whose module is not deployed is {@code null}.
 */
public record BoardSnapshot(
        HonourPart honours,
        List<StarBoard.StarHolder> stars,
        List<ContestBoard.ContestWinners> contests,
        Satisfaction satisfaction,
        Network network,
        LocalDateTime readAt) {

    /** The honour module's part; null when no {@link HonourBoard} is deployed. */
    public record HonourPart(HonourBoard.FlagHolder flag, List<HonourBoard.ModelPost> modelPosts,
                             List<HonourBoard.Exemplar> exemplars, List<HonourBoard.PublicNotice> notices) {
    }

    /** This month's hall 满意率, the last months' trend and the windows' ranks (rank and 满意率 only). */
    public record Satisfaction(YearMonth month, int ratings, BigDecimal percent, List<TrendPoint> trend, List<Rank> ranking) {
    }

    public record TrendPoint(YearMonth month, int ratings, BigDecimal percent) {
    }

    /** @param tied shares the rank with another window */
    public record Rank(int rank, boolean tied, String window, BigDecimal satisfactionPercent) {
    }

    /** The three-tier network this year: nodes per level, cases accepted and handled, and the share each level closed. */
    public record Network(int year, List<Level> levels, int accepted, int handled, BigDecimal onTimePercent) {
    }

    /** @param sharePercent this level's share of all handled cases */
    public record Level(String level, String motto, int nodes, int accepted, int handled, BigDecimal sharePercent) {
    }
}
