package cn.fuwukuaiche.evaluation.control;

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
 * Limits ratings per device key: at least {@code minInterval} between two ratings (one citizen pressing
 * twice, or a stuck button) and at most {@code maxPerHour} in any sliding hour (a pad left to a prankster, a
 * looping client). Plain Java with an injected clock; thread-safe; at most {@code maxKeys} keys remembered,
 * the least recently used forgotten first.
 */
public final class RatingRateLimiter {

    private static final Duration HOUR = Duration.ofHours(1);

    private final Duration minInterval;
    private final int maxPerHour;
    private final Clock clock;
    private final int maxKeys;
    private final LinkedHashMap<String, Deque<Instant>> accepted = new LinkedHashMap<>(16, 0.75f, true);

    public RatingRateLimiter(Duration minInterval, int maxPerHour, Clock clock, int maxKeys) {
        if (minInterval == null || minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative");
        }
        if (maxPerHour < 1) {
            throw new IllegalArgumentException("maxPerHour must be at least 1");
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        this.minInterval = minInterval;
        this.maxPerHour = maxPerHour;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxKeys = maxKeys;
    }

    /**
     * Records a rating for {@code key} if the limits allow it; otherwise records nothing and returns how long
     * the caller must wait (rounded up to whole seconds, at least one).
     */
    public synchronized Optional<Duration> tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = accepted.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant cutoff = now.minus(HOUR);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
        if (!times.isEmpty()) {
            Duration since = Duration.between(times.peekLast(), now);
            if (since.compareTo(minInterval) < 0) {
                return Optional.of(roundUp(minInterval.minus(since)));
            }
        }
        if (times.size() >= maxPerHour) {
            return Optional.of(roundUp(Duration.between(now, times.peekFirst().plus(HOUR))));
        }
        times.addLast(now);
        Iterator<Map.Entry<String, Deque<Instant>>> it = accepted.entrySet().iterator();
        while (accepted.size() > maxKeys && it.hasNext()) {
            it.next();
            it.remove();
        }
        return Optional.empty();
    }

    private static Duration roundUp(Duration d) {
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
