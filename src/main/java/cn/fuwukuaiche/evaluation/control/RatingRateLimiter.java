package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.control.CountStore;
import cn.fuwukuaiche.base.control.LocalCountStore;
import cn.fuwukuaiche.base.control.SlidingWindowLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Limits ratings per device key: at least {@code minInterval} between two ratings (one citizen pressing
 * twice, or a stuck button) and at most {@code maxPerHour} in any sliding hour (a pad left to a prankster, a
 * looping client). The rating pad's settings over the shared {@link SlidingWindowLimiter} (plain Java,
 * injected clock, thread-safe, at most {@code maxKeys} keys remembered).
 */
public final class RatingRateLimiter {

    private final SlidingWindowLimiter limiter;
    /** (key, clientId) pairs already admitted, so a repeat of the same rating is never counted again (bounded). */
    private final Map<String, Boolean> admitted;

    public RatingRateLimiter(Duration minInterval, int maxPerHour, Clock clock, int maxKeys) {
        this(minInterval, maxPerHour, clock, maxKeys, new LocalCountStore(maxKeys));
    }

    /**
     * With the counts in {@code store} (the cluster's grid: a key's limit holds across nodes). The admitted
     * (key, clientId) pairs stay per node: a repeat sent to the other node is counted there once more, and the
     * database's unique (key, clientId) still stores the rating once.
     */
    public RatingRateLimiter(Duration minInterval, int maxPerHour, Clock clock, int maxKeys, CountStore store) {
        this.limiter = new SlidingWindowLimiter(Duration.ofHours(1), maxPerHour, minInterval, clock, store);
        int remembered = Math.max(16, maxKeys);
        this.admitted = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > remembered;
            }
        };
    }

    /**
     * Idempotency before limits: a {@code clientId} this key was already admitted for passes without being counted
     * (twenty parallel copies of one rating are one rating, stored once and answered 200, never 429); a new one is
     * counted as {@link #tryAcquire(String)} does.
     */
    public Optional<Duration> tryAcquire(String key, String clientId) {
        String pair = key + "/" + clientId; // keys are numbers: no "/" in them
        synchronized (admitted) {
            if (clientId != null && admitted.containsKey(pair)) {
                return Optional.empty();
            }
            Optional<Duration> wait = limiter.tryAcquire(key);
            if (wait.isEmpty() && clientId != null) {
                admitted.put(pair, Boolean.TRUE);
            }
            return wait;
        }
    }

    /**
     * Records a rating for {@code key} if the limits allow it; otherwise records nothing and returns how long
     * the caller must wait (rounded up to whole seconds, at least one).
     */
    public Optional<Duration> tryAcquire(String key) {
        return limiter.tryAcquire(key);
    }
}
