package cn.fuwukuaiche.display.entity;

import cn.fuwukuaiche.base.i18n.Messages;

/** 党建红 (white on Party red) or 深色 (light on near-black, for dim rooms and LED walls). */
public enum ScreenTheme {
    RED,
    DARK;

    public String label() {
        return switch (this) {
            case RED -> Messages.t("display.theme.red");
            case DARK -> Messages.t("display.theme.dark");
        };
    }

    public String cssClass() {
        return "screen-theme-" + name().toLowerCase();
    }
}
