package cn.fuwukuaiche.org.entity;

/** 性别; it matters for 巾帼建功岗 (women's merit posts). */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "男"/"女" (as typed in a roster) to the enum, or null when it is neither. */
    public static Gender fromLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Gender g : values()) {
            if (g.label.equals(t) || g.name().equalsIgnoreCase(t)) {
                return g;
            }
        }
        return null;
    }
}
