package cn.fuwukuaiche.partylife.meeting.entity;

/** How often a meeting kind is due: the length of its period in months, or {@link #NONE} when switched off. */
public enum Cadence {
    MONTH("每月", 1),
    TWO_MONTHS("每两个月", 2),
    QUARTER("每季度", 3),
    HALF_YEAR("每半年", 6),
    YEAR("每年", 12),
    NONE("不要求", 0);

    private final String label;
    private final int months;

    Cadence(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    /** Months in one period; 0 for {@link #NONE}. */
    public int months() {
        return months;
    }
}
