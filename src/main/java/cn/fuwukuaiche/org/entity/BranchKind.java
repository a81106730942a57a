package cn.fuwukuaiche.org.entity;

/** 中心党支部 (the hall's own branch) or 联合党支部 (a joint branch spanning several units). */
public enum BranchKind {
    CENTRAL("中心党支部"),
    JOINT("联合党支部");

    private final String label;

    BranchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
