package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.hall.CurrentHall;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

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
    private final ReentrantLock lock = new ReentrantLock();
    /** One snapshot per hall (issue 23): a screen shows its own hall's board. */
    private final Map<Long, Entry> current = new ConcurrentHashMap<>();

    @Inject
    DisplayBoardReader reader;

    @Inject
    CurrentHall hall;

    public BoardSnapshot snapshot() {
        long h = hall.require();
        Entry e = current.get(h);
        if (fresh(e)) {
            return e.snapshot();
        }
        lock.lock();
        try {
            e = current.get(h);
            if (fresh(e)) {
                return e.snapshot();
            }
            long gen = generation.get();
            Entry next = new Entry(reader.read(), gen, System.nanoTime());
            current.put(h, next);
            return next.snapshot();
        } finally {
            lock.unlock();
        }
    }

    /**
     * For the feed: the current snapshot, but while another thread is reading a new one, the previous one at
     * once rather than a wait (a feed client polls again; the screens get the new one by push).
     */
    public BoardSnapshot snapshotNow() {
        Entry e = current.get(hall.require());
        if (e != null && !fresh(e) && lock.isLocked()) {
            return e.snapshot();
        }
        return snapshot();
    }

    /** Something public changed: the next read goes to the database. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    private boolean fresh(Entry e) {
        return e != null && e.generation() == generation.get() && System.nanoTime() - e.readAtNanos() < MAX_AGE.toNanos();
    }
}
