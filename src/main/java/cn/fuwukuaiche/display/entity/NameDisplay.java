package cn.fuwukuaiche.display.entity;

/** How a screen shows people: the full name, or the surname followed by 同志 (张伟 → 张同志). */
public enum NameDisplay {
    FULL("全名"),
    SURNAME("姓 + 同志");

    private final String label;

    NameDisplay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
