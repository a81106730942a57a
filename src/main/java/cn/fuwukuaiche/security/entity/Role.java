package cn.fuwukuaiche.security.entity;

/** The five roles; their names are the group names the identity store hands to the container. */
public enum Role {
    ADMIN("管理员"),
    LEADER("总支书记/中心领导"),
    SECRETARY("支部书记"),
    STAFF("窗口工作人员"),
    AGENT("乡镇/村代办员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Constants for annotations, which cannot take enum names. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String LEADER = "LEADER";
        public static final String SECRETARY = "SECRETARY";
        public static final String STAFF = "STAFF";
        public static final String AGENT = "AGENT";

        private Names() {
        }
    }
}
