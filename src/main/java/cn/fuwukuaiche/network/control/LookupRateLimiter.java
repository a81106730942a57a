package cn.fuwukuaiche.network.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sliding-window limit on public case lookups per client address: at most {@code maxAttempts} in any
 * {@code window}. Every attempt counts, right or wrong, so guessing query codes is as slow as possible
 * and a failed guess cannot be told apart by its cost. Plain Java with an injected clock; thread-safe.
 *
 * <p>Memory is bounded: at most {@code maxAddresses} addresses are tracked; when full, the address seen
 * least recently is forgotten first (an attacker rotating addresses gains nothing that rotating would not
 * give anyway).
 */
public final class LookupRateLimiter {

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final int maxAddresses;
    private final LinkedHashMap<String, Deque<Instant>> attempts;

    public LookupRateLimiter(int maxAttempts, Duration window, Clock clock, int maxAddresses) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (maxAddresses < 1) {
            throw new IllegalArgumentException("maxAddresses must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAddresses = maxAddresses;
        this.attempts = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Records an attempt from {@code address}; false (and nothing recorded) when the limit is reached. */
    public synchronized boolean tryAcquire(String address) {
        String key = address == null || address.isBlank() ? "?" : address.strip();
        Instant now = clock.instant();
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
        if (times.size() >= maxAttempts) {
            return false;
        }
        times.addLast(now);
        evictIfFull();
        return true;
    }

    /** When the address may try again (now, if it may already). */
    public synchronized Instant retryAt(String address) {
        Deque<Instant> times = attempts.get(address == null || address.isBlank() ? "?" : address.strip());
        Instant now = clock.instant();
        if (times == null || times.size() < maxAttempts) {
            return now;
        }
        Instant at = times.peekFirst().plus(window);
        return at.isAfter(now) ? at : now;
    }

    synchronized int trackedAddresses() {
        return attempts.size();
    }

    private void evictIfFull() {
        Iterator<Map.Entry<String, Deque<Instant>>> it = attempts.entrySet().iterator();
        while (attempts.size() > maxAddresses && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
