package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.control.SlidingWindowLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Limits ratings per device key: at least {@code minInterval} between two ratings (one citizen pressing
 * twice, or a stuck button) and at most {@code maxPerHour} in any sliding hour (a pad left to a prankster, a
 * looping client). The rating pad's settings over the shared {@link SlidingWindowLimiter} (plain Java,
 * injected clock, thread-safe, at most {@code maxKeys} keys remembered).
 */
public final class RatingRateLimiter {

    private final SlidingWindowLimiter limiter;

    public RatingRateLimiter(Duration minInterval, int maxPerHour, Clock clock, int maxKeys) {
        this.limiter = new SlidingWindowLimiter(Duration.ofHours(1), maxPerHour, minInterval, clock, maxKeys);
    }

    /**
     * Records a rating for {@code key} if the limits allow it; otherwise records nothing and returns how long
     * the caller must wait (rounded up to whole seconds, at least one).
     */
    public Optional<Duration> tryAcquire(String key) {
        return limiter.tryAcquire(key);
    }
}
