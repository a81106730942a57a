package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.ContestBoard;
import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.board.MeetingBoard;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.display.entity.NameDisplay;
import cn.fuwukuaiche.display.entity.Panel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one screen's {@link DisplayFeed} from the shared {@link BoardSnapshot}: names as the screen shows
 * them, photos as URLs, dates in Chinese, and only the public fields of each record (the board records hold
 * nothing private; this is where the screen decides what of them to show). Plain Java.
 */
public final class FeedAssembler {

    public static final String BRAND = Messages.t("app.brand");
    public static final String MOTTO = Messages.t("app.motto");

    private FeedAssembler() {
    }

    public static DisplayFeed assemble(ScreenSettings s, BoardSnapshot b) {
        NameDisplay nd = s.nameDisplay();
        List<DisplayFeed.PanelRef> panels = s.panels().stream().map(p -> new DisplayFeed.PanelRef(p.name(), p.title())).toList();
        DisplayFeed.Screen screen = new DisplayFeed.Screen(s.name(), s.place(), s.theme().name(), nd.name(), s.secondsPerPanel(), panels);

        List<String> boards = new ArrayList<>();
        DisplayFeed.Flag flag = null;
        List<DisplayFeed.ModelPost> posts = List.of();
        List<DisplayFeed.Exemplar> exemplars = List.of();
        List<DisplayFeed.Notice> notices = List.of();
        if (b.honours() != null) {
            boards.add("honours");
            HonourBoard.FlagHolder f = b.honours().flag();
            if (f != null) {
                flag = new DisplayFeed.Flag(Messages.t("display.feed.month", String.valueOf(f.month().getYear()),
                        String.valueOf(f.month().getMonthValue())), f.windowCode(), f.windowName(),
                        f.unitName(), f.streakMonths(), f.totalMonths());
            }
            posts = b.honours().modelPosts().stream().map(p -> new DisplayFeed.ModelPost(p.designationId(), p.kind(),
                    Names.show(p.personName(), nd), p.politicalStatus(), p.windowName(), p.duties(), p.pledge(),
                    p.photo() == null || p.photo().length == 0 ? null : photoUrl(s.key(), p.designationId()), date(p.until()))).toList();
            exemplars = b.honours().exemplars().stream().map(e -> new DisplayFeed.Exemplar(Names.show(e.subjectName(), nd),
                    e.windowName(), e.title(), e.deeds())).toList();
            notices = b.honours().notices().stream().map(n -> new DisplayFeed.Notice(n.honour(), Names.show(n.subject(), nd),
                    n.reason(), date(n.from()), date(n.until()), n.result())).toList();
        }
        List<DisplayFeed.Star> stars = List.of();
        if (b.stars() != null) {
            boards.add("stars");
            stars = b.stars().stream().map(st -> new DisplayFeed.Star(st.star(), Names.show(st.personName(), nd), st.windowName(),
                    st.period())).toList();
        }
        List<DisplayFeed.Contest> contests = List.of();
        if (b.contests() != null) {
            boards.add("contests");
            contests = b.contests().stream().map(c -> new DisplayFeed.Contest(c.title(), c.kind(), c.quarter(),
                    c.winners().stream().map(w -> winner(w, nd)).toList())).toList();
        }
        List<DisplayFeed.Activity> activities = List.of();
        if (b.activities() != null) {
            boards.add("activities");
            activities = b.activities().stream().map(a -> new DisplayFeed.Activity(a.activityId(), a.title(), a.series(), a.kind(),
                    date(a.date()), a.branchName(), a.people(), a.photoId() == null ? null : activityPhotoUrl(s.key(), a.activityId(), a.photoId())))
                    .toList();
        }
        DisplayFeed.PartyLife partyLife = null;
        if (b.meetings() != null) {
            boards.add("meetings");
            partyLife = partyLife(b.meetings());
        }
        return new DisplayFeed(screen, BRAND, MOTTO, List.copyOf(boards), flag, posts, stars, exemplars, notices, b.satisfaction(),
                b.network(), contests, activities, partyLife);
    }

    /** The month's meetings as the screen shows them: counts by kind, the next meeting's kind and day; nothing else. */
    static DisplayFeed.PartyLife partyLife(MeetingBoard.MonthOfMeetings m) {
        return new DisplayFeed.PartyLife(Messages.t("display.feed.month", String.valueOf(m.month().getYear()),
                String.valueOf(m.month().getMonthValue())), m.branches().stream().map(b -> new DisplayFeed.PartyLifeBranch(b.branch(),
                b.total(), b.held().stream().map(k -> new DisplayFeed.KindCount(k.kind(), k.count())).toList(),
                b.next() == null ? null : b.next().kind(), b.next() == null ? null : NEXT_MEETING.format(b.next().at()))).toList());
    }

    static final DateTimeFormatter NEXT_MEETING = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private static DisplayFeed.Winner winner(ContestBoard.Winner w, NameDisplay nd) {
        // a team is named after its window: keep it whole
        String name = w.name() != null && w.name().equals(w.windowName()) ? w.name() : Names.show(w.name(), nd);
        return new DisplayFeed.Winner(w.rank(), w.prize(), name, w.windowName());
    }

    /** Where a model post's photo is served: the feed's own photo resource. */
    public static String photoUrl(String key, long designationId) {
        return "/api/display/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/photos/" + designationId;
    }

    /** Where an activity's photo is served; the photo's id in the query makes a new photo a new URL. */
    public static String activityPhotoUrl(String key, long activityId, long photoId) {
        return "/api/display/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/activity-photos/" + activityId + "?v=" + photoId;
    }

    static String date(LocalDate d) {
        return d == null ? null : Times.DATE_CN.format(d);
    }

    /** The panels that have something to show; a screen still shows an empty panel as "暂无". */
    public static boolean hasContent(Panel p, DisplayFeed f) {
        return switch (p) {
            case FLAG -> f.flag() != null;
            case MODEL_POSTS -> !f.modelPosts().isEmpty();
            case STARS -> !f.stars().isEmpty();
            case EXEMPLARS -> !f.exemplars().isEmpty();
            case NOTICES -> !f.notices().isEmpty();
            case SATISFACTION -> f.satisfaction() != null;
            case NETWORK -> f.network() != null;
            case CONTESTS -> !f.contests().isEmpty();
            case ACTIVITIES -> !f.activities().isEmpty();
            case PARTY_LIFE -> f.partyLife() != null && !f.partyLife().branches().isEmpty();
        };
    }
}
