package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.evaluation.control.RankingConfirmed;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A confirmed ranking reaches the screens at once: the board is read again and every screen is refreshed. */
class BoardPushTest {

    @Test
    void a_confirmed_ranking_drops_the_cached_board_and_refreshes_every_screen() {
        AtomicInteger reads = new AtomicInteger();
        BoardPush push = push(reads);
        BoardCache cache = push.cache;
        AtomicInteger refreshed = new AtomicInteger();
        push.registry.register(() -> CompletableFuture.completedFuture(refreshed.incrementAndGet()));
        push.registry.register(() -> CompletableFuture.completedFuture(refreshed.incrementAndGet()));
        ScreenRegistry.Client gone = () -> CompletableFuture.failedFuture(new java.io.IOException("closed"));
        push.registry.register(gone);

        BoardSnapshot before = cache.snapshot();
        assertSame(before, cache.snapshot(), "within its age the board is read once");

        push.rankingConfirmed(new RankingConfirmed(AssessmentSubject.WINDOW, 202610, 1L, false));

        assertEquals(2, refreshed.get(), "both screens told");
        assertEquals(2, push.registry.size(), "a screen whose stream is closed leaves the registry");
        assertNotSame(before, cache.snapshot(), "the board is read again after the confirmation");
        assertEquals(2, reads.get());
    }

    @Test
    void with_no_screen_attached_a_change_reads_no_board() {
        AtomicInteger reads = new AtomicInteger();
        BoardPush push = push(reads);
        BoardCache cache = push.cache;

        push.changed(cn.fuwukuaiche.base.board.BoardChanged.of("evaluation.rating"));
        assertEquals(0, reads.get(), "ratings arriving with no screen attached cost no board read");

        cache.snapshot();
        assertEquals(1, reads.get(), "the next feed reads the board when a screen asks for it");
    }

    @Test
    void the_screens_hear_of_a_ranking_only_once_it_is_committed() throws Exception {
        Method m = BoardPush.class.getDeclaredMethod("rankingConfirmed", RankingConfirmed.class);
        Observes observes = m.getParameters()[0].getAnnotation(Observes.class);
        assertEquals(TransactionPhase.AFTER_SUCCESS, observes.during());
    }

    /** A push of hall 1 with no screen yet, whose board counts its reads in {@code reads}; tasks run at once. */
    static BoardPush push(AtomicInteger reads) {
        BoardCache cache = new BoardCache();
        cache.hall = hall(1);
        cache.reader = new DisplayBoardReader() {
            @Override
            public BoardSnapshot read() {
                reads.incrementAndGet();
                return new BoardSnapshot(null, null, null, null, null, LocalDateTime.now());
            }
        };
        BoardPush push = new BoardPush();
        push.cache = cache;
        push.hall = hall(1);
        push.registry = new ScreenRegistry();
        push.executor = runsAtOnce();
        return push;
    }

    /** An executor that runs each task at once, on the caller's thread. */
    static ManagedExecutorService runsAtOnce() {
        return (ManagedExecutorService) Proxy.newProxyInstance(BoardPushTest.class.getClassLoader(),
                new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        ((Runnable) args[0]).run();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A call that works for hall {@code id} (issue 23), without a container. */
    static cn.fuwukuaiche.base.hall.CurrentHall hall(long id) {
        return new cn.fuwukuaiche.base.hall.CurrentHall() {
            @Override
            public java.util.Optional<Long> get() {
                return java.util.Optional.of(id);
            }
        };
    }
}
