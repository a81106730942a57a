package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.hall.CurrentHall;
import cn.fuwukuaiche.base.hall.HallContext;
import java.util.Optional;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.evaluation.control.RankingConfirmed;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a public change commits, every attached screen shows it: the shared snapshot is dropped, read once
 * again, and each screen is told by an event on its open stream (server-sent events), upon which the page fetches
 * its feed. This runs on a managed thread so the person who made the change does not wait for the screens.
 */
@ApplicationScoped
public class BoardPush {

    private static final Logger LOG = Logger.getLogger(BoardPush.class.getName());

    @Inject
    BoardCache cache;

    @Inject
    ScreenRegistry registry;

    @Inject
    CurrentHall hall;

    @Resource
    ManagedExecutorService executor;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged event) {
        long committed = System.nanoTime();
        cache.invalidate();
        LOG.fine(() -> "display: " + event.source() + " → " + registry.size() + " screens");
        // the board of the hall whose change it was; the other halls' screens fetch their own unchanged feed
        Optional<Long> h = hall.get();
        executor.execute(() -> h.ifPresentOrElse(id -> forHall(id, () -> pushAll(committed, event.source())),
                () -> LOG.fine("display: a change of no hall: " + event.source())));
    }

    /** A confirmed (or corrected) ranking is on the screens at once, not after the cache's age. */
    void rankingConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RankingConfirmed event) {
        changed(BoardChanged.of("evaluation.ranking." + (event.correction() ? "corrected" : "confirmed")));
    }

    private static void forHall(long id, Runnable work) {
        try {
            HallContext.withForced(id, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes the current board to every attached screen now (as after a change). */
    public void pushAll() {
        pushAll(System.nanoTime(), "pushAll");
    }

    /**
     * With no screen attached to this node it does nothing (ratings arriving all day then cost no board reads). Otherwise
     * reads the snapshot once, then tells every attached screen (an event on its open stream; each page then fetches
     * its feed, which finds the snapshot in the cache). Sending an event only writes a few bytes to the connection,
     * so one task sends to all. When the last screen's event has been handed to its connection, logs
     * {@code display: pushed to N screens in X ms after the commit} (the benchmark reads this line); a screen whose
     * send fails has gone and leaves the registry.
     */
    void pushAll(long committed, String source) {
        List<ScreenRegistry.Client> clients = registry.clients();
        if (clients.isEmpty()) {
            return; // no screen on this node: nobody to read the board for (the next feed reads it when asked)
        }
        long readStart = System.nanoTime();
        try {
            cache.snapshot();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "display: reading the board after a change failed; screens keep their content", e);
            return;
        }
        long readMillis = (System.nanoTime() - readStart) / 1_000_000;
        AtomicInteger left = new AtomicInteger(clients.size());
        AtomicInteger failed = new AtomicInteger();
        for (ScreenRegistry.Client c : clients) {
            CompletionStage<?> sent;
            try {
                sent = c.boardChanged();
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sent.whenComplete((ok, e) -> {
                if (e != null) {
                    failed.incrementAndGet();
                    registry.unregister(c);
                    LOG.log(Level.FINE, "display: a screen could not be told (closed?)", e);
                }
                if (left.decrementAndGet() == 0) {
                    long millis = (System.nanoTime() - committed) / 1_000_000;
                    LOG.info(() -> "display: pushed to " + (clients.size() - failed.get()) + " screens in " + millis
                            + " ms after the commit (board read in " + readMillis + " ms; " + failed.get() + " gone; " + source + ")");
                }
            });
        }
    }
}
