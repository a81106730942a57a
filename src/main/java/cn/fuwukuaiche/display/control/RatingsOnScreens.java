package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.hall.CurrentHall;
import cn.fuwukuaiche.base.hall.HallContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** One throttle per hall (issue 23): a burst in one hall does not hold back another hall's screens. */
    private final Map<Long, PushThrottle> throttles = new ConcurrentHashMap<>();

    @Inject
    CurrentHall hall;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<BoardChanged> board;

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RatingRecorded rating) {
        Optional<Long> h = hall.get();
        if (h.isEmpty()) {
            return;
        }
        long hallId = h.get();
        PushThrottle throttle = throttles.computeIfAbsent(hallId, k -> new PushThrottle(WINDOW_MILLIS));
        long delay = throttle.recorded(System.currentTimeMillis());
        if (delay == PushThrottle.ALREADY_SCHEDULED) {
            return;
        }
        try {
            scheduler.schedule(() -> push(hallId, throttle), delay, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throttle.pushing(System.currentTimeMillis());   // not scheduled: the next rating tries again
            LOG.log(Level.FINE, "display: could not schedule the ratings' push (shutting down?)", e);
        }
    }

    private void push(long hallId, PushThrottle throttle) {
        throttle.pushing(System.currentTimeMillis());
        try {
            HallContext.withForced(hallId, () -> {
                board.fire(BoardChanged.of("evaluation.ratings"));
                return null;
            });
        } catch (Exception e) {
            LOG.log(Level.WARNING, "display: telling the screens about new ratings failed; they catch up at the cache's age", e);
        }
    }
}
