package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import java.math.BigDecimal;
import java.util.List;

/**
 * One screen's content, exactly what the screen page shows and what {@code GET /api/display/{key}} returns:
 * public data only, names as the screen is configured (full, or surname + 同志), photos as separate URLs.
 * No time stamp inside, so equal content gives an equal ETag.
 *
 * @param boards which providers are deployed: "honours", "stars", "contests", "activities", "meetings" (a missing one is an empty
 *               panel, "暂无")
 */
public record DisplayFeed(
        Screen screen,
        String brand,
        String motto,
        List<String> boards,
        Flag flag,
        List<ModelPost> modelPosts,
        List<Star> stars,
        List<Exemplar> exemplars,
        List<Notice> notices,
        SatisfactionBoard.Satisfaction satisfaction,
        NetworkBoard.Network network,
        List<Contest> contests,
        List<Activity> activities,
        PartyLife partyLife) {

    public record Screen(String name, String place, String theme, String nameDisplay, int secondsPerPanel, List<PanelRef> panels) {
    }

    public record PanelRef(String id, String title) {
    }

    /** @param month e.g. "2026年10月" */
    public record Flag(String month, String windowCode, String windowName, String unitName, int streakMonths, int totalMonths) {
    }

    /** @param photoUrl relative to the site root, or null without a photo */
    public record ModelPost(long id, String kind, String name, String politicalStatus, String windowName, String duties,
                            String pledge, String photoUrl, String until) {
    }

    public record Star(String star, String name, String windowName, String period) {
    }

    public record Exemplar(String name, String windowName, String title, String deeds) {
    }

    public record Notice(String honour, String subject, String reason, String from, String until, String result) {
    }

    public record Contest(String title, String kind, String quarter, List<Winner> winners) {
    }

    public record Winner(int rank, String prize, String name, String windowName) {
    }

    /**
     * A 创先争优 activity: no participant's name, only how many took part.
     *
     * @param photoUrl relative to the site root, or null without a photo
     */
    public record Activity(long id, String title, String series, String kind, String date, String branch, int people,
                           String photoUrl) {
    }

    /**
     * 本月组织生活: every branch with the meetings it held this month, counted by kind, and its next planned meeting —
     * no names of anyone, present or absent.
     *
     * @param month e.g. "2026年12月"
     */
    public record PartyLife(String month, List<PartyLifeBranch> branches) {
    }

    /**
     * @param nextKind the kind of the branch's next planned meeting, or null without one
     * @param nextAt   its day and time, e.g. "12月14日 15:00"
     */
    public record PartyLifeBranch(String branch, int total, List<KindCount> held, String nextKind, String nextAt) {
    }

    public record KindCount(String kind, int count) {
    }

    /** For the JSON writer: a percentage with one decimal, or null. */
    static String percent(BigDecimal p) {
        return p == null ? null : p.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
