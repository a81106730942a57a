package cn.fuwukuaiche.base.control;

import com.hazelcast.map.IMap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A limiter's counts in the cluster's data grid: one Hazelcast map shared by every node, a key's times as epoch
 * nanoseconds ({@code long[]}, which Hazelcast stores without Java serialisation, so no class of the portal has to be
 * known to the other node's grid). Each update holds the key's lock in the grid (released by Hazelcast if the node
 * holding it dies), and each entry expires {@code keep} after its last write, so the map holds only keys active
 * within a window. The map keeps one backup on another node: a node that dies takes no count with it.
 *
 * <p>When the grid fails (shutting down, a partition lost), the update falls back to this node's memory and logs it:
 * a refused rating or objection because of the grid would be worse than a limit that holds per node for a while.
 */
public final class GridCountStore implements CountStore {

    private static final Logger LOG = Logger.getLogger(GridCountStore.class.getName());

    private final IMap<String, long[]> map;
    private final CountStore fallback;

    public GridCountStore(IMap<String, long[]> map, CountStore fallback) {
        this.map = Objects.requireNonNull(map, "map");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public <R> R update(String key, Duration keep, Function<Deque<Instant>, R> step) {
        boolean locked = false;
        try {
            map.lock(key);
            locked = true;
            Deque<Instant> times = decode(map.get(key));
            R result = step.apply(times);
            if (times.isEmpty()) {
                map.delete(key);
            } else {
                // a little longer than the window, so an entry never expires while it still counts
                map.set(key, encode(times), keep.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            }
            return result;
        } catch (RuntimeException e) {
            if (!isGridFailure(e)) {
                throw e; // the rule's own failure, not the grid's
            }
            LOG.log(Level.WARNING, "cluster: the data grid did not answer for limiter " + map.getName()
                    + "; this request is counted on this node only", e);
            return fallback.update(key, keep, step);
        } finally {
            if (locked) {
                try {
                    map.unlock(key);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "cluster: unlock failed (the grid releases it with the node)", e);
                }
            }
        }
    }

    private static boolean isGridFailure(RuntimeException e) {
        return e.getClass().getName().startsWith("com.hazelcast.");
    }

    static long[] encode(Deque<Instant> times) {
        long[] out = new long[times.size()];
        int i = 0;
        for (Instant t : times) {
            out[i++] = t.getEpochSecond() * 1_000_000_000L + t.getNano();
        }
        return out;
    }

    static Deque<Instant> decode(long[] nanos) {
        Deque<Instant> out = new ArrayDeque<>();
        if (nanos != null) {
            for (long n : nanos) {
                out.addLast(Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L)));
            }
        }
        return out;
    }
}
