package cn.fuwukuaiche.display.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@link BoardSnapshot} shared by every screen and the feed: read once after each change (not once
 * per screen), and at most {@link #MAX_AGE} old as a safety net for changes that fire no event (a rating,
 * a new month). A change bumps the generation; a read that raced a change is not kept as current.
 */
@ApplicationScoped
public class BoardCache {

    static final Duration MAX_AGE = Duration.ofSeconds(50);

    private record Entry(BoardSnapshot snapshot, long generation, long readAtNanos) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Entry current;

    @Inject
    DisplayBoardReader reader;

    public BoardSnapshot snapshot() {
        Entry e = current;
        if (fresh(e)) {
            return e.snapshot();
        }
        synchronized (this) {
            e = current;
            if (fresh(e)) {
                return e.snapshot();
            }
            long gen = generation.get();
            Entry next = new Entry(reader.read(), gen, System.nanoTime());
            current = next;
            return next.snapshot();
        }
    }

    /** Something public changed: the next read goes to the database. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    private boolean fresh(Entry e) {
        return e != null && e.generation() == generation.get() && System.nanoTime() - e.readAtNanos() < MAX_AGE.toNanos();
    }
}
