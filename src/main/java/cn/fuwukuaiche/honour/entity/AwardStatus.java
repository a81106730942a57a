package cn.fuwukuaiche.honour.entity;

/** Where a flag award or a designation stands. */
public enum AwardStatus {
    AWARDED("有效"),
    ENDED("已终止"),
    REVOKED("已撤销"),
    WITHDRAWN("异议成立已撤回");

    private final String label;

    AwardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
