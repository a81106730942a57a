package cn.fuwukuaiche.network.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one rate limiter of the public case lookup for this server (per client address; settings
 * {@code app.network.lookup.max-attempts} in {@code app.network.lookup.window-minutes}). In memory: with
 * several servers behind a balancer each keeps its own count, which still bounds guessing.
 */
@ApplicationScoped
public class LookupGuard {

    @Inject
    @ConfigProperty(name = "app.network.lookup.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "app.network.lookup.window-minutes", defaultValue = "10")
    int windowMinutes;

    private LookupRateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new LookupRateLimiter(maxAttempts, Duration.ofMinutes(windowMinutes), Clock.systemUTC(), 10_000);
    }

    public boolean tryAcquire(String address) {
        return limiter.tryAcquire(address);
    }

    public Instant retryAt(String address) {
        return limiter.retryAt(address);
    }
}
