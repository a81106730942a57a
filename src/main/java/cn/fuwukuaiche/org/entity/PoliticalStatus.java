package cn.fuwukuaiche.org.entity;

/**
 * 政治面貌. Full members (中共党员) and probationary members (预备党员) are Party members and belong to
 * exactly one branch; only a full member may be a branch secretary.
 */
public enum PoliticalStatus {
    PARTY_MEMBER("中共党员"),
    PROBATIONARY_MEMBER("预备党员"),
    ACTIVIST("入党积极分子"),
    LEAGUE_MEMBER("共青团员"),
    MASSES("群众");

    private final String label;

    PoliticalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 中共党员 or 预备党员: counted as 党员, needs a branch. */
    public boolean isPartyMember() {
        return this == PARTY_MEMBER || this == PROBATIONARY_MEMBER;
    }

    /** "中共党员", "党员", "预备党员" … (as typed in a roster) to the enum, or null when unknown. */
    public static PoliticalStatus fromLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (PoliticalStatus s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return switch (t) {
            case "党员", "中国共产党党员", "共产党员" -> PARTY_MEMBER;
            case "中共预备党员" -> PROBATIONARY_MEMBER;
            case "团员", "共青团团员" -> LEAGUE_MEMBER;
            case "积极分子" -> ACTIVIST;
            default -> null;
        };
    }
}
