package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.HonourBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The screen page and the feed ask here: the screen a key opens, its feed, and a model post's photo. */
@ApplicationScoped
public class DisplayContent {

    @Inject
    DisplayBoardReader reader;

    @Inject
    BoardCache cache;

    @Inject
    ScreenSightings sightings;

    public Optional<ScreenSettings> screen(String key) {
        return reader.screen(key);
    }

    /**
     * The screen (its page or a vendor's feed reader) is there: its page opened, polled, or the feed read. Writes its
     * {@code last_seen_at} at most once a minute per screen on this server; a failure to write is logged, never shown.
     * Not called on a server push: a page whose browser has gone stays attached until its session expires and must not
     * count as seen.
     */
    public void seen(ScreenSettings s) {
        if (sightings.due(s.id())) {
            try {
                reader.markSeen(s.id());
            } catch (RuntimeException e) {
                sightings.retry(s.id());
                java.util.logging.Logger.getLogger(DisplayContent.class.getName())
                        .log(java.util.logging.Level.WARNING, "display: could not note screen " + s.id() + " as seen", e);
            }
        }
    }

    public DisplayFeed feed(ScreenSettings s) {
        return FeedAssembler.assemble(s, cache.snapshot());
    }

    /** For the JSON feed: never waits for a read in progress (see {@link BoardCache#snapshotNow()}). */
    public DisplayFeed feedNow(ScreenSettings s) {
        return FeedAssembler.assemble(s, cache.snapshotNow());
    }

    /** The current snapshot's read time (for "数据更新于"). */
    public BoardSnapshot snapshot() {
        return cache.snapshot();
    }

    /** The first photo of an activity shown now (only an activity on the board has a public photo). */
    public Optional<byte[]> activityPhoto(long activityId) {
        BoardSnapshot b = cache.snapshot();
        if (b.activities() == null || b.activities().stream().noneMatch(a -> a.activityId() == activityId)) {
            return Optional.empty();
        }
        return reader.activityPhoto(activityId);
    }

    /** The photo of a model post shown now (only a post on the board has a public photo). */
    public Optional<byte[]> photo(long designationId) {
        BoardSnapshot b = cache.snapshot();
        if (b.honours() == null) {
            return Optional.empty();
        }
        return b.honours().modelPosts().stream().filter(p -> p.designationId() == designationId).map(HonourBoard.ModelPost::photo)
                .filter(p -> p != null && p.length > 0).findFirst();
    }
}
