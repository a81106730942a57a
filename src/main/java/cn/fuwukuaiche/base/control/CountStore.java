package cn.fuwukuaiche.base.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.function.Function;

/**
 * Where a {@link SlidingWindowLimiter} keeps the accepted times per key: this node's memory
 * ({@link LocalCountStore}) or the cluster's data grid ({@link GridCountStore}), so that the same rule holds for one
 * node or for all of them together.
 */
public interface CountStore {

    /**
     * Hands the accepted times of {@code key} (oldest first; empty for a new key) to {@code step}, which may change
     * them, and keeps what it leaves for at least {@code keep}. Nothing else updates the same key in between, on this
     * node or, for a grid store, on any node.
     */
    <R> R update(String key, Duration keep, Function<Deque<Instant>, R> step);
}
