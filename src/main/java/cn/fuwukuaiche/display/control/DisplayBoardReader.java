package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.base.board.ActivityBoard;
import cn.fuwukuaiche.base.board.ContestBoard;
import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.board.MeetingBoard;
import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import cn.fuwukuaiche.base.board.StarBoard;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.DeviceKeys;
import cn.fuwukuaiche.display.entity.DisplayScreen;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads what the screens show, anonymously (a screen has no login, only its key): the public board's faces in
 * {@code base.board} (honours, stars, contests, 满意率, the network, 创先争优 activities, 本月组织生活), each through {@code Instance<...>} so an
 * undeployed module leaves its part null. The areas that own the figures implement the faces and keep only what
 * is public; display runs no query on their tables.
 */
@Stateless
@PermitAll
public class DisplayBoardReader {

    private static final Logger LOG = Logger.getLogger(DisplayBoardReader.class.getName());
    static final int TREND_MONTHS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<HonourBoard> honourBoard;

    @Inject
    Instance<StarBoard> starBoard;

    @Inject
    Instance<ContestBoard> contestBoard;

    @Inject
    Instance<SatisfactionBoard> satisfactionBoard;

    @Inject
    Instance<NetworkBoard> networkBoard;

    @Inject
    Instance<ActivityBoard> activityBoard;

    @Inject
    Instance<MeetingBoard> meetingBoard;

    @Inject
    Instance<cn.fuwukuaiche.base.board.CityNoticeBoard> cityNotices;

    /** 创先争优 activities on the screens: held in the last this many days, at most {@link #ACTIVITIES_SHOWN}. */
    static final int ACTIVITY_DAYS = 180;
    static final int ACTIVITIES_SHOWN = 6;

    /** The screen the key opens, if the key is known and not revoked. */
    public Optional<ScreenSettings> screen(String key) {
        if (!DeviceKeys.plausible(key)) {
            return Optional.empty();
        }
        return em.createQuery("select s from DisplayScreen s where s.keyHash = :h", DisplayScreen.class)
                .setParameter("h", DeviceKeys.hash(key)).getResultStream().findFirst()
                .filter(s -> !s.isRevoked()).map(s -> ScreenSettings.of(s, key));
    }

    /**
     * Notes that the screen was seen now: one bulk update of its {@code last_seen_at}, no entity loaded, no version bumped,
     * so it never conflicts with the admin's edit of the screen. {@link DisplayContent#seen} calls it at most once a minute
     * per screen.
     */
    public void markSeen(long screenId) {
        em.createNativeQuery("update display_screen set last_seen_at = ? where hall_id = ? and id = ?")
                .setParameter(1, Times.now()).setParameter(2, HallSql.hall(em)).setParameter(3, screenId).executeUpdate();
    }

    public BoardSnapshot read() {
        BoardSnapshot.HonourPart honours = null;
        if (honourBoard.isResolvable()) {
            HonourBoard h = honourBoard.get();
            honours = new BoardSnapshot.HonourPart(safe("flag", () -> h.currentFlag().orElse(null), null),
                    safe("model posts", h::modelPosts, List.of()), safe("exemplars", h::exemplars, List.of()),
                    safe("notices", () -> withCityNotices(h.notices()), List.of()));
        }
        List<StarBoard.StarHolder> stars = starBoard.isResolvable() ? safe("stars", () -> starBoard.get().stars(), List.of()) : null;
        List<ContestBoard.ContestWinners> contests = contestBoard.isResolvable()
                ? safe("contests", () -> contestBoard.get().publishedForScreens(), List.of()) : null;
        YearMonth month = YearMonth.from(Times.today());
        SatisfactionBoard.Satisfaction satisfaction = satisfactionBoard.isResolvable()
                ? safe("satisfaction", () -> satisfactionBoard.get().satisfaction(month, TREND_MONTHS), null) : null;
        NetworkBoard.Network network = networkBoard.isResolvable() ? safe("network", () -> networkBoard.get().network(Times.today()), null) : null;
        List<ActivityBoard.ShownActivity> activities = activityBoard.isResolvable()
                ? safe("activities", () -> activityBoard.get().shown(ACTIVITY_DAYS, ACTIVITIES_SHOWN), List.of()) : null;
        MeetingBoard.MonthOfMeetings meetings = meetingBoard.isResolvable()
                ? safe("meetings", () -> meetingBoard.get().month(month), null) : null;
        return new BoardSnapshot(honours, stars, contests, satisfaction, network, activities, meetings, Times.now());
    }

    /**
     * The supervising office's city-wide notices (上级主管) first, then the hall's own 公示: shown in the same panel, the
     * notice's title as its heading and the office as its subject; the offices that supervise this transaction's hall
     * (the screen's).
     */
    List<HonourBoard.PublicNotice> withCityNotices(List<HonourBoard.PublicNotice> hallNotices) {
        if (!cityNotices.isResolvable()) {
            return hallNotices;
        }
        List<HonourBoard.PublicNotice> all = new java.util.ArrayList<>();
        for (cn.fuwukuaiche.base.board.CityNoticeBoard.CityNotice n : cityNotices.get().current(HallSql.hall(em), Times.today())) {
            all.add(new HonourBoard.PublicNotice(-n.id(), n.title(), n.office(), n.body(), n.from(), n.until(), null));
        }
        all.addAll(hallNotices);
        return all;
    }

    /** The first photo of an activity the screens show. */
    public Optional<byte[]> activityPhoto(long activityId) {
        return activityBoard.isResolvable() ? activityBoard.get().photo(activityId) : Optional.empty();
    }

    private static <T> T safe(String what, Supplier<T> read, T fallback) {
        try {
            T v = read.get();
            return v == null ? fallback : v;
        } catch (RuntimeException e) {
            // one board failing must not blank the whole screen
            LOG.log(Level.WARNING, "display: reading " + what + " failed; the panel shows 暂无", e);
            return fallback;
        }
    }
}
