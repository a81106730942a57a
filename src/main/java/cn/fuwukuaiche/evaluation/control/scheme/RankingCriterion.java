package cn.fuwukuaiche.evaluation.control.scheme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The written-down ranking criteria a scheme version may name as tie-breakers (排名依据). The total always
 * decides first; the version lists what decides between equal totals, e.g. "SATISFACTION,BAD_COUNT".
 * Each label says its direction where it is not obvious, because it is shown next to the ranking.
 */
public enum RankingCriterion {
    TOTAL("总分"),
    SATISFACTION("满意率（无评价者居后）"),
    BAD_COUNT("差评数（少者优先）"),
    RATING_AVERAGE("好差评平均分"),
    DEDUCTIONS("扣分合计（少者优先）"),
    RATING_COUNT("评价次数（多者优先）");

    private final String label;

    RankingCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Parses the stored list of tie-breakers ("SATISFACTION,BAD_COUNT"); the total is always first and
     * added here, so the result is the full order.
     *
     * @throws IllegalArgumentException (Chinese) for an unknown or repeated criterion
     */
    public static List<RankingCriterion> parse(String stored) {
        Set<RankingCriterion> order = new LinkedHashSet<>();
        order.add(TOTAL);
        if (stored != null && !stored.isBlank()) {
            for (String part : stored.split(",")) {
                String code = part.strip();
                if (code.isEmpty()) {
                    continue;
                }
                RankingCriterion c;
                try {
                    c = valueOf(code);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("未知的排名依据“" + code + "”");
                }
                if (c != TOTAL && !order.add(c)) {
                    throw new IllegalArgumentException("排名依据“" + c.label() + "”重复");
                }
            }
        }
        return List.copyOf(order);
    }

    /** The stored form of the tie-breakers after the total. */
    public static String format(List<RankingCriterion> order) {
        List<String> codes = new ArrayList<>();
        for (RankingCriterion c : order) {
            if (c != TOTAL && !codes.contains(c.name())) {
                codes.add(c.name());
            }
        }
        return String.join(",", codes);
    }
}
