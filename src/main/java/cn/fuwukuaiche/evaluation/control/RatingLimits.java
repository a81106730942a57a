package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.control.ClusterGrid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The one rate limiter per node for the rating pad and the rating API, configured by
 * {@code app.ratings.min-seconds} (default 5) and {@code app.ratings.max-per-hour} (default 60).
 * On a cluster the counts live in the data grid ({@link ClusterGrid}): the limit holds for all nodes together.
 */
@ApplicationScoped
public class RatingLimits {

    @Inject
    @ConfigProperty(name = "app.ratings.min-seconds", defaultValue = "5")
    int minSeconds;

    @Inject
    @ConfigProperty(name = "app.ratings.max-per-hour", defaultValue = "60")
    int maxPerHour;

    @Inject
    ClusterGrid grid;

    private RatingRateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new RatingRateLimiter(Duration.ofSeconds(minSeconds), maxPerHour, Clock.systemUTC(), 10_000,
                grid.countStore("ratings", 10_000));
    }

    /** Empty when the device key may submit now (and the rating is counted); else how long to wait. */
    public Optional<Duration> tryAcquire(long deviceKeyId) {
        return limiter.tryAcquire(String.valueOf(deviceKeyId));
    }

    /** As above, but a clientId already admitted for this key passes uncounted (a repeat is answered, not limited). */
    public Optional<Duration> tryAcquire(long deviceKeyId, String clientId) {
        return limiter.tryAcquire(String.valueOf(deviceKeyId), clientId);
    }
}
