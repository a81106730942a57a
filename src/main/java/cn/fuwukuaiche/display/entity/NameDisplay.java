package cn.fuwukuaiche.display.entity;

import cn.fuwukuaiche.base.i18n.Messages;

/** How a screen shows people: the full name, or the surname followed by 同志 (张伟 → 张同志). */
public enum NameDisplay {
    FULL,
    SURNAME;

    public String label() {
        return switch (this) {
            case FULL -> Messages.t("display.nameDisplay.full");
            case SURNAME -> Messages.t("display.nameDisplay.surname");
        };
    }
}
