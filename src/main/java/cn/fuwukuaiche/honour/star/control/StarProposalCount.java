package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.evaluation.control.AppealDecided;
import cn.fuwukuaiche.evaluation.control.RankingConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The number of star proposals awaiting the leader, kept so the workbench does not run the whole proposal (every
 * person's figures for the period, all criteria) on each home page: counted again only after something that changes
 * it has committed — a star decided, a criterion or the star settings changed ({@link StarsChanged}), an appeal
 * decided (a rating taken out), a ranking confirmed or a sheet corrected — or when the count is older than
 * {@code app.honour.stars.todo-refresh-minutes} (default 10; catches what no event reports here: a sheet approved, a
 * change on another node of a cluster). While one request counts, others get the previous figure of the same period
 * rather than waiting.
 */
@ApplicationScoped
public class StarProposalCount {

    private record Counted(String periodKey, int pending, long atNanos, long generation) {
    }

    @Inject
    StarProposalCounter counter;

    @Inject
    @ConfigProperty(name = "app.honour.stars.todo-refresh-minutes", defaultValue = "10")
    int refreshMinutes;

    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock counting = new ReentrantLock();
    private volatile Counted last;

    public int pending(StarPeriod period) {
        Counted c = last;
        if (fresh(c, period)) {
            return c.pending();
        }
        boolean samePeriod = c != null && c.periodKey().equals(period.key());
        if (samePeriod) {
            if (!counting.tryLock()) {
                return c.pending(); // someone is counting it now: the previous figure for this page
            }
        } else {
            counting.lock();
        }
        try {
            c = last;
            if (fresh(c, period)) {
                return c.pending();
            }
            long gen = generation.get(); // an event during the count leaves the result stale, so it is counted again
            int n = counter.pending(period);
            last = new Counted(period.key(), n, System.nanoTime(), gen);
            return n;
        } finally {
            counting.unlock();
        }
    }

    private boolean fresh(Counted c, StarPeriod period) {
        return c != null && c.periodKey().equals(period.key()) && c.generation() == generation.get()
                && System.nanoTime() - c.atNanos() < refreshMinutes * 60_000_000_000L;
    }

    /** Counts again on the next ask. */
    public void forget() {
        generation.incrementAndGet();
    }

    void starsChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) StarsChanged e) {
        forget();
    }

    void appealDecided(@Observes(during = TransactionPhase.AFTER_COMPLETION) AppealDecided e) {
        forget();
    }

    void rankingConfirmed(@Observes(during = TransactionPhase.AFTER_COMPLETION) RankingConfirmed e) {
        forget();
    }
}
