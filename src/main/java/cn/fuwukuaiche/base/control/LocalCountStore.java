package cn.fuwukuaiche.base.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A limiter's counts in this node's memory: at most {@code maxKeys} keys, the least recently used forgotten first
 * (memory stays bounded whatever callers send). Thread-safe.
 */
public final class LocalCountStore implements CountStore {

    private final int maxKeys;
    private final LinkedHashMap<String, Deque<Instant>> times = new LinkedHashMap<>(16, 0.75f, true);

    public LocalCountStore(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        this.maxKeys = maxKeys;
    }

    @Override
    public synchronized <R> R update(String key, Duration keep, Function<Deque<Instant>, R> step) {
        Deque<Instant> t = times.computeIfAbsent(key, k -> new ArrayDeque<>());
        R result = step.apply(t);
        if (t.isEmpty()) {
            times.remove(key);
        }
        Iterator<Map.Entry<String, Deque<Instant>>> it = times.entrySet().iterator();
        while (times.size() > maxKeys && it.hasNext()) {
            it.next();
            it.remove();
        }
        return result;
    }

    synchronized int size() {
        return times.size();
    }
}
