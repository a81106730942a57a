package cn.fuwukuaiche.honour.entity;

/** The two posts (两岗). */
public enum PostKind {
    PARTY_MODEL("党员示范岗"),
    WOMEN_MERIT("巾帼建功岗");

    private final String label;

    PostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
