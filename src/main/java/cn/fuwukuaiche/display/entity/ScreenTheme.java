package cn.fuwukuaiche.display.entity;

/** 党建红 (white on Party red) or 深色 (light on near-black, for dim rooms and LED walls). */
public enum ScreenTheme {
    RED("党建红"),
    DARK("深色");

    private final String label;

    ScreenTheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return "screen-theme-" + name().toLowerCase();
    }
}
