package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.ClusterGrid;
import cn.fuwukuaiche.base.control.SlidingWindowLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rate limit of the public case lookup for this server (per client address, the portal's shared {@link SlidingWindowLimiter}; settings
 * {@code app.network.lookup.max-attempts} in {@code app.network.lookup.window-minutes}). On a cluster the counts live in
 * the data grid ({@link ClusterGrid}), so alternating nodes gains a guesser nothing; on one node, in its memory.
 */
@ApplicationScoped
public class LookupGuard {

    @Inject
    @ConfigProperty(name = "app.network.lookup.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "app.network.lookup.window-minutes", defaultValue = "10")
    int windowMinutes;

    @Inject
    ClusterGrid grid;

    private SlidingWindowLimiter limiter;

    @PostConstruct
    void init() {
        // every attempt counts, right or wrong, so guessing query codes is as slow as possible
        limiter = new SlidingWindowLimiter(Duration.ofMinutes(windowMinutes), maxAttempts, Duration.ZERO, Clock.systemUTC(),
                grid.countStore("lookups", 10_000));
    }

    /** Records an attempt from {@code address}; when refused (nothing recorded), the time it may try again. */
    public Optional<Instant> refusedUntil(String address) {
        return limiter.tryAcquire(address).map(wait -> Instant.now().plus(wait));
    }
}
