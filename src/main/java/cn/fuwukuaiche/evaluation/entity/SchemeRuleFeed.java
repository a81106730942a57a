package cn.fuwukuaiche.evaluation.entity;

/**
 * Where a deduction's or bonus's count comes from: filled in by staff, or computed from the records so
 * nobody has to count (and nobody can miscount). Cases (办件) will add feeds later.
 */
public enum SchemeRuleFeed {
    MANUAL("人工填报"),
    BAD_RATINGS("差评次数（自动统计）");

    private final String label;

    SchemeRuleFeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean computed() {
        return this != MANUAL;
    }
}
