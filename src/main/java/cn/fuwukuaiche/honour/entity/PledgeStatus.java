package cn.fuwukuaiche.honour.entity;

/** The 亮承诺 pledge: written by the holder, approved or returned by the branch secretary. */
public enum PledgeStatus {
    NONE("未填写"),
    PENDING("待审核"),
    APPROVED("已审核"),
    RETURNED("已退回");

    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
