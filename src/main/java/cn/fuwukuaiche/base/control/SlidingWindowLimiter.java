package cn.fuwukuaiche.base.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits actions per key (a rating pad's device key, a client address): at most {@code maxPerWindow} in any
 * sliding {@code window}, and optionally at least {@code minInterval} between two (a button pressed twice).
 * Only accepted actions count: a refusal records nothing, so it never lengthens the wait. Plain Java with an
 * injected clock; thread-safe. The accepted times live in a {@link CountStore}: this node's memory (at most
 * {@code maxKeys} keys, the least recently used forgotten first) or, on a cluster, the data grid
 * ({@link ClusterGrid#countStore}), so the limit holds across all nodes together. Grown out of the rating pad's
 * limiter, which now delegates here, so the portal has one limiter to reason about.
 */
public final class SlidingWindowLimiter {

    private final Duration window;
    private final int maxPerWindow;
    private final Duration minInterval;
    private final Clock clock;
    private final CountStore store;

    /** A limiter whose counts stay in this node's memory (at most {@code maxKeys} keys). */
    public SlidingWindowLimiter(Duration window, int maxPerWindow, Duration minInterval, Clock clock, int maxKeys) {
        this(window, maxPerWindow, minInterval, clock, new LocalCountStore(maxKeys));
    }

    /** A limiter whose counts live in {@code store} (shared by every node when it is the grid's). */
    public SlidingWindowLimiter(Duration window, int maxPerWindow, Duration minInterval, Clock clock, CountStore store) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("maxPerWindow must be at least 1");
        }
        if (minInterval == null || minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative");
        }
        this.window = window;
        this.maxPerWindow = maxPerWindow;
        this.minInterval = minInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
    }

    public int maxPerWindow() {
        return maxPerWindow;
    }

    public Duration window() {
        return window;
    }

    /**
     * Records an action for {@code key} if the limits allow it; otherwise records nothing and returns how long
     * the caller must wait (rounded up to whole seconds, at least one). A null or blank key is one shared key.
     */
    public Optional<Duration> tryAcquire(String key) {
        Instant now = clock.instant();
        return store.update(normalise(key), window, times -> decide(times, now));
    }

    /** The rule, on one key's accepted times (oldest first): drops those out of the window, then admits or refuses. */
    private Optional<Duration> decide(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
        if (!times.isEmpty()) {
            Duration since = Duration.between(times.peekLast(), now);
            if (since.compareTo(minInterval) < 0) {
                return Optional.of(roundUp(minInterval.minus(since)));
            }
        }
        if (times.size() >= maxPerWindow) {
            return Optional.of(roundUp(Duration.between(now, times.peekFirst().plus(window))));
        }
        times.addLast(now);
        return Optional.empty();
    }

    int trackedKeys() {
        return store instanceof LocalCountStore local ? local.size() : -1;
    }

    private static String normalise(String key) {
        return key == null || key.isBlank() ? "?" : key.strip();
    }

    private static Duration roundUp(Duration d) {
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
