package cn.fuwukuaiche.security.entity;

/**
 * The roles; their names are the group names the identity store hands to the container. The first five work inside
 * a hall; {@link #SUPERVISOR} (上级主管, a supervising office over several halls, read-only) and {@link #SUPER_ADMIN}
 * (creates halls and their first administrator) stand above the halls, and only a SUPER_ADMIN hands them out
 * ({@link #aboveHalls()}).
 */
public enum Role {
    ADMIN("管理员"),
    LEADER("总支书记/中心领导"),
    SECRETARY("支部书记"),
    STAFF("窗口工作人员"),
    AGENT("乡镇/村代办员"),
    SUPERVISOR("上级主管"),
    SUPER_ADMIN("超级管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles above the halls: a hall's ADMIN can neither grant nor take them away. */
    public boolean aboveHalls() {
        return this == SUPERVISOR || this == SUPER_ADMIN;
    }

    /** The roles a hall's ADMIN may grant in the user admin view. */
    public static java.util.List<Role> hallRoles() {
        return java.util.Arrays.stream(values()).filter(r -> !r.aboveHalls()).toList();
    }

    /** Constants for annotations, which cannot take enum names. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String LEADER = "LEADER";
        public static final String SECRETARY = "SECRETARY";
        public static final String STAFF = "STAFF";
        public static final String AGENT = "AGENT";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String SUPER_ADMIN = "SUPER_ADMIN";

        private Names() {
        }
    }
}
