package cn.fuwukuaiche.evaluation.entity;

/** Where a 差评 rectification stands. */
public enum RectificationStatus {
    WAITING_CALLBACK("待回访"),
    FIXING("整改中"),
    FIXED("已整改"),
    /** An upheld appeal took the rating out of every score; nothing more to do. */
    VOIDED("申诉成立，已撤销");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == WAITING_CALLBACK || this == FIXING;
    }
}
