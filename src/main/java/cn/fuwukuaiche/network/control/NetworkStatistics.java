package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.network.entity.NodeLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network's figures for a period, per node and per level: cases accepted there, handled (办结) there,
 * handed up from there, and handled on time; and the share of all handled cases that each level closed
 * (小事不出村、大事不出乡、难事不出县). Plain Java over facts the service reads.
 */
public final class NetworkStatistics {

    private NetworkStatistics() {
    }

    public record NodeInfo(long id, String code, String name, NodeLevel level, Long parentId) {
    }

    /** One case: where it was accepted, and where and when it was handled (null while open). */
    public record CaseFact(long originNodeId, Long handledNodeId, LocalDate handledOn, LocalDate deadline) {
    }

    public record Figures(int accepted, int handled, int handedUp, int onTime) {
        static final Figures ZERO = new Figures(0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(accepted + o.accepted, handled + o.handled, handedUp + o.handedUp, onTime + o.onTime);
        }

        /** On-time share of the handled cases, 0..1; 1 when nothing was handled (nothing was late). */
        public double onTimeRate() {
            return handled == 0 ? 1.0 : (double) onTime / handled;
        }
    }

    public record NodeRow(NodeInfo node, Figures figures) {
    }

    /** {@code shareOfHandled}: this level's handled cases over all handled cases, 0..1. */
    public record LevelRow(NodeLevel level, Figures figures, double shareOfHandled) {
    }

    public record Result(List<NodeRow> nodes, List<LevelRow> levels, Figures total) {
        public LevelRow level(NodeLevel l) {
            return levels.stream().filter(r -> r.level() == l).findFirst().orElseThrow();
        }
    }

    /**
     * @param nodes        every node to list (nodes without cases show zeros)
     * @param cases        the cases of the period
     * @param handUpNodeIds one entry per hand-up in the period: the node that handed the case up
     */
    public static Result compute(Collection<NodeInfo> nodes, Collection<CaseFact> cases, Collection<Long> handUpNodeIds) {
        Map<Long, int[]> counts = new HashMap<>();
        for (NodeInfo n : nodes) {
            counts.put(n.id(), new int[4]);
        }
        for (CaseFact c : cases) {
            counts.computeIfAbsent(c.originNodeId(), k -> new int[4])[0]++;
            if (c.handledNodeId() != null) {
                int[] h = counts.computeIfAbsent(c.handledNodeId(), k -> new int[4]);
                h[1]++;
                if (CaseDeadlines.handledOnTime(c.handledOn(), c.deadline())) {
                    h[3]++;
                }
            }
        }
        for (Long id : handUpNodeIds) {
            counts.computeIfAbsent(id, k -> new int[4])[2]++;
        }
        List<NodeRow> rows = new ArrayList<>();
        Map<NodeLevel, Figures> perLevel = new EnumMap<>(NodeLevel.class);
        for (NodeLevel l : NodeLevel.values()) {
            perLevel.put(l, Figures.ZERO);
        }
        Figures total = Figures.ZERO;
        for (NodeInfo n : nodes) {
            int[] c = counts.get(n.id());
            Figures f = new Figures(c[0], c[1], c[2], c[3]);
            rows.add(new NodeRow(n, f));
            perLevel.merge(n.level(), f, Figures::plus);
            total = total.plus(f);
        }
        int handled = total.handled();
        List<LevelRow> levels = new ArrayList<>();
        for (NodeLevel l : NodeLevel.values()) {
            Figures f = perLevel.get(l);
            levels.add(new LevelRow(l, f, handled == 0 ? 0.0 : (double) f.handled() / handled));
        }
        return new Result(List.copyOf(rows), List.copyOf(levels), total);
    }
}
