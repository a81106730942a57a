package cn.fuwukuaiche.base.hall;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work for one hall, in a transaction of its own: demo seeders, timers (one hall after another), a device's hall,
 * tests. {@code HallScope.run(hallId, () -> …)}; the work sees and writes only that hall's rows. A transaction's
 * hall is fixed at its start, so the work runs in a new one (REQUIRES_NEW): what the caller's transaction has not
 * committed yet is not visible to it.
 */
public final class HallScope {

    private static final Logger LOG = Logger.getLogger(HallScope.class.getName());

    private HallScope() {
    }

    public static void run(long hallId, Runnable work) {
        call(hallId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} for every hall, one after another, each in its own transaction (timers). A hall whose work
     * fails is logged and the next one still runs.
     */
    public static void eachHall(Runnable work) {
        List<Long> halls = new ArrayList<>();
        for (HallDirectory d : CDI.current().select(HallDirectory.class, Any.Literal.INSTANCE)) {
            halls.addAll(d.allHalls());
        }
        for (long hall : halls) {
            try {
                run(hall, work);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "hall " + hall + ": " + e, e);
            }
        }
    }

    public static <T> T call(long hallId, Callable<T> work) {
        HallTransaction tx = CDI.current().select(HallTransaction.class).get();
        try {
            return HallContext.withForced(hallId, () -> tx.call(work));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
