package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.evaluation.control.RatingRecorded;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * New ratings reach the screens' 满意率 within a moment instead of the board cache's age: after a rating commits,
 * a {@link BoardChanged} is fired on a managed thread — at once after a quiet spell, at most once per
 * {@link #WINDOW_MILLIS} while ratings keep coming ({@link PushThrottle}). {@link BoardPush} then re-reads the board
 * and tells this node's screens; on a cluster {@code BoardBridge} carries the change to the other nodes' screens.
 */
@ApplicationScoped
public class RatingsOnScreens {

    static final long WINDOW_MILLIS = 500;
    private static final Logger LOG = Logger.getLogger(RatingsOnScreens.class.getName());

    private final PushThrottle throttle = new PushThrottle(WINDOW_MILLIS);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<BoardChanged> board;

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RatingRecorded rating) {
        long delay = throttle.recorded(System.currentTimeMillis());
        if (delay == PushThrottle.ALREADY_SCHEDULED) {
            return;
        }
        try {
            scheduler.schedule(this::push, delay, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throttle.pushing(System.currentTimeMillis());   // not scheduled: the next rating tries again
            LOG.log(Level.FINE, "display: could not schedule the ratings' push (shutting down?)", e);
        }
    }

    private void push() {
        throttle.pushing(System.currentTimeMillis());
        try {
            board.fire(BoardChanged.of("evaluation.ratings"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "display: telling the screens about new ratings failed; they catch up at the cache's age", e);
        }
    }
}
