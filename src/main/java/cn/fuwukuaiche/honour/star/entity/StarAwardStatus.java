package cn.fuwukuaiche.honour.star.entity;

/** The leader's decision on a proposed star. */
public enum StarAwardStatus {
    CONFIRMED("已确认"), REJECTED("未通过"), REVOKED("已撤销");

    private final String label;

    StarAwardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
