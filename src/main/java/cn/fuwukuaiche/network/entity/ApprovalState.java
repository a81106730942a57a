package cn.fuwukuaiche.network.entity;

/** The stages of a parallel approval: 中心登记 → 窗口受理 → 告知相关 / 同步审批 → 限时办结. */
public enum ApprovalState {
    REGISTERED("已登记，待窗口受理"),
    ACCEPTED("已受理，待告知相关部门"),
    IN_REVIEW("同步审批中"),
    FINISHED("已办结");

    private final String label;

    ApprovalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
