package cn.fuwukuaiche.partylife.report.entity;

/** Where an item's figure comes from. */
public enum ItemSource {
    /** From the record, through a {@code base.report.YearFigureSource}; typed in only when no source answers. */
    RECORD("来自记录"),
    /** Typed in by the branch, with a note or attachment as evidence. */
    TYPED("填报"),
    /** Computed from other items of the same template (rates, differences); never typed, never summed. */
    COMPUTED("计算");

    private final String label;

    ItemSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
