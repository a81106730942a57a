package cn.fuwukuaiche.evaluation.entity;

/** A rating appeal (申诉) awaiting or after the leader's decision. */
public enum AppealStatus {
    PENDING("待裁定"),
    UPHELD("申诉成立"),
    REJECTED("申诉不成立");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
