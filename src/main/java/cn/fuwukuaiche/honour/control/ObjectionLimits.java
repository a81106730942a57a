package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.control.ClientAddress;
import cn.fuwukuaiche.base.control.ClusterGrid;
import cn.fuwukuaiche.base.control.SlidingWindowLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The one limit on public objections for this server: at most {@code app.honour.objections.max-per-hour}
 * (default 5) accepted objections per client address in any hour. The address is the servlet's remote address;
 * {@code X-Forwarded-For} counts only when {@code app.http.trusted-proxies} (default 0) says how many reverse
 * proxies stand in front ({@link ClientAddress}). On a cluster the counts live in the data grid ({@link ClusterGrid}): 5
 * an hour are 5 whichever node takes each objection; on one node, in its memory.
 */
@ApplicationScoped
public class ObjectionLimits {

    @Inject
    @ConfigProperty(name = "app.honour.objections.max-per-hour", defaultValue = "5")
    int maxPerHour;

    @Inject
    @ConfigProperty(name = "app.http.trusted-proxies", defaultValue = "0")
    int trustedProxies;

    @Inject
    ClusterGrid grid;

    private SlidingWindowLimiter limiter;

    @PostConstruct
    void init() {
        limiter = new SlidingWindowLimiter(Duration.ofHours(1), maxPerHour, Duration.ZERO, Clock.systemUTC(),
                grid.countStore("objections", 10_000));
    }

    /** The client address to count against, from the request's remote address and X-Forwarded-For header. */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        return ClientAddress.resolve(remoteAddress, forwardedFor, trustedProxies);
    }

    /** Empty when the address may object now (and the objection is counted); else how long to wait. */
    public Optional<Duration> tryAcquire(String clientAddress) {
        return limiter.tryAcquire(clientAddress);
    }

    public int maxPerHour() {
        return limiter.maxPerWindow();
    }
}
