package cn.fuwukuaiche.display.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides when a screen's {@code last_seen_at} is written: for one caller at most once a minute per screen and server,
 * so a screen polling every minute (or a vendor reading the feed every few seconds) costs one small update a minute
 * and no two requests of a screen wait on each other for its row (as {@code DeviceKeyCheck} does for rating keys).
 */
@ApplicationScoped
public class ScreenSightings {

    static final long EVERY_NANOS = 60_000_000_000L;

    private final ConcurrentHashMap<Long, AtomicLong> written = new ConcurrentHashMap<>();

    /** True for one caller at most once a minute per screen: that caller writes the screen's {@code last_seen_at}. */
    public boolean due(long screenId) {
        return due(screenId, System.nanoTime());
    }

    boolean due(long screenId, long now) {
        AtomicLong last = written.computeIfAbsent(screenId, k -> new AtomicLong(now - EVERY_NANOS - 1));
        long seen = last.get();
        return now - seen > EVERY_NANOS && last.compareAndSet(seen, now);
    }

    /** The write failed: let the next sighting try again. */
    void retry(long screenId) {
        written.remove(screenId);
    }
}
