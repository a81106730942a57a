package cn.fuwukuaiche.honour.star.entity;

/** How often the stars are judged: a setting. */
public enum PeriodKind {
    MONTH("按月"), QUARTER("按季度");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
