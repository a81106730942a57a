package cn.fuwukuaiche.base.hall;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Which hall the current thread works for, as far as the thread itself knows it: a hall forced by
 * {@link HallScope} (seeders, timers, tests, a device's hall) and the hall of the page a request is for (the public
 * URL {@code /h/{code}/…}, or the default hall for the old single-hall URLs), set by {@code base.web.HallFilter}.
 * The signed-in account's hall is not kept here: {@link HallBoundary} asks for it on each transaction, so a login in
 * the middle of a request changes the hall of the next transaction. Plain Java.
 */
public final class HallContext {

    /** The entity-manager property EclipseLink's tenant discriminator reads (eclipselink-orm.xml). */
    public static final String PROPERTY = "fwkc.hall";

    /** The hall of an account that has none (a super admin, a supervisor): no hall has this id, so it finds nothing. */
    public static final long NO_HALL = 0L;

    private static final ThreadLocal<Long> FORCED = new ThreadLocal<>();
    private static final ThreadLocal<Long> PAGE = new ThreadLocal<>();

    private HallContext() {
    }

    public static Optional<Long> forced() {
        return Optional.ofNullable(FORCED.get());
    }

    public static Optional<Long> page() {
        return Optional.ofNullable(PAGE.get());
    }

    /** Runs {@code work} on this thread with {@code hallId} forced, then restores what was there before. */
    public static <T> T withForced(long hallId, Callable<T> work) throws Exception {
        Long before = FORCED.get();
        FORCED.set(hallId);
        try {
            return work.call();
        } finally {
            restore(FORCED, before);
        }
    }

    /** The page's hall for the rest of this request; {@link #clearPage} in a finally. */
    public static void setPage(Long hallId) {
        restore(PAGE, hallId);
    }

    public static void clearPage() {
        PAGE.remove();
    }

    /** A task for another thread (an executor) that works for the hall this thread works for now, if any. */
    public static Runnable carry(Runnable task) {
        Long forced = FORCED.get();
        Long page = PAGE.get();
        Long hall = forced != null ? forced : page;
        if (hall == null) {
            return task;
        }
        return () -> {
            Long before = FORCED.get();
            FORCED.set(hall);
            try {
                task.run();
            } finally {
                restore(FORCED, before);
            }
        };
    }

    private static void restore(ThreadLocal<Long> slot, Long value) {
        if (value == null) {
            slot.remove();
        } else {
            slot.set(value);
        }
    }
}
