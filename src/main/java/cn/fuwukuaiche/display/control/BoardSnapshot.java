package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.ActivityBoard;
import cn.fuwukuaiche.base.board.ContestBoard;
import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.board.MeetingBoard;
import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import cn.fuwukuaiche.base.board.StarBoard;

import java.time.LocalDateTime;
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
        SatisfactionBoard.Satisfaction satisfaction,
        NetworkBoard.Network network,
        List<ActivityBoard.ShownActivity> activities,
        MeetingBoard.MonthOfMeetings meetings,
        LocalDateTime readAt) {

    /** Without the 创先争优 activities (their module not deployed). */
    public BoardSnapshot(HonourPart honours, List<StarBoard.StarHolder> stars, List<ContestBoard.ContestWinners> contests,
                         SatisfactionBoard.Satisfaction satisfaction, NetworkBoard.Network network, LocalDateTime readAt) {
        this(honours, stars, contests, satisfaction, network, null, null, readAt);
    }

    /** Without 本月组织生活 (partylife's meetings not deployed). */
    public BoardSnapshot(HonourPart honours, List<StarBoard.StarHolder> stars, List<ContestBoard.ContestWinners> contests,
                         SatisfactionBoard.Satisfaction satisfaction, NetworkBoard.Network network,
                         List<ActivityBoard.ShownActivity> activities, LocalDateTime readAt) {
        this(honours, stars, contests, satisfaction, network, activities, null, readAt);
    }

    /** The honour module's part; null when no {@link HonourBoard} is deployed. */
    public record HonourPart(HonourBoard.FlagHolder flag, List<HonourBoard.ModelPost> modelPosts,
                             List<HonourBoard.Exemplar> exemplars, List<HonourBoard.PublicNotice> notices) {
    }
}
