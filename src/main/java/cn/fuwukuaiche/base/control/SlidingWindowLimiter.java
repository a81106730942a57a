package cn.fuwukuaiche.base.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits actions per key (a rating pad's device key, a client address): at most {@code maxPerWindow} in any
 * sliding {@code window}, and optionally at least {@code minInterval} between two (a button pressed twice).
 * Only accepted actions count: a refusal records nothing, so it never lengthens the wait. Plain Java with an
 * injected clock; thread-safe; at most {@code maxKeys} keys remembered, the least recently used forgotten
 * first (memory stays bounded whatever callers send). Grown out of the rating pad's limiter, which now
 * delegates here, so the portal has one limiter to reason about.
 */
public final class SlidingWindowLimiter {

    private final Duration window;
    private final int maxPerWindow;
    private final Duration minInterval;
    private final Clock clock;
    private final int maxKeys;
    private final LinkedHashMap<String, Deque<Instant>> accepted = new LinkedHashMap<>(16, 0.75f, true);

    public SlidingWindowLimiter(Duration window, int maxPerWindow, Duration minInterval, Clock clock, int maxKeys) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("maxPerWindow must be at least 1");
        }
        if (minInterval == null || minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative");
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        this.window = window;
        this.maxPerWindow = maxPerWindow;
        this.minInterval = minInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxKeys = maxKeys;
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
    public synchronized Optional<Duration> tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = accepted.computeIfAbsent(normalise(key), k -> new ArrayDeque<>());
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
        Iterator<Map.Entry<String, Deque<Instant>>> it = accepted.entrySet().iterator();
        while (accepted.size() > maxKeys && it.hasNext()) {
            it.next();
            it.remove();
        }
        return Optional.empty();
    }

    synchronized int trackedKeys() {
        return accepted.size();
    }

    private static String normalise(String key) {
        return key == null || key.isBlank() ? "?" : key.strip();
    }

    private static Duration roundUp(Duration d) {
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
