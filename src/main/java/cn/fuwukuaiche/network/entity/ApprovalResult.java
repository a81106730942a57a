package cn.fuwukuaiche.network.entity;

/** The overall result of a parallel approval. */
public enum ApprovalResult {
    APPROVED("准予批准"),
    REJECTED("不予批准");

    private final String label;

    ApprovalResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
