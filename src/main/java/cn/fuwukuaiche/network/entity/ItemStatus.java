package cn.fuwukuaiche.network.entity;

/** A guide item is in the catalogue or was withdrawn in a clean-up; withdrawn items stay for the history. */
public enum ItemStatus {
    ACTIVE("在用"),
    WITHDRAWN("已取消");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
