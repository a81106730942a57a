package cn.fuwukuaiche.display.entity;

import cn.fuwukuaiche.base.i18n.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The panels a screen can rotate through, in their default order, with their Chinese titles (from the bundle, as
 * they appear on the screen, in its JSON feed and in the admin form).
 */
public enum Panel {
    FLAG,
    MODEL_POSTS,
    STARS,
    EXEMPLARS,
    NOTICES,
    SATISFACTION,
    NETWORK,
    CONTESTS,
    ACTIVITIES,
    PARTY_LIFE;

    public String title() {
        return switch (this) {
            case FLAG -> Messages.t("display.panel.flag");
            case MODEL_POSTS -> Messages.t("display.panel.modelPosts");
            case STARS -> Messages.t("display.panel.stars");
            case EXEMPLARS -> Messages.t("display.panel.exemplars");
            case NOTICES -> Messages.t("display.panel.notices");
            case SATISFACTION -> Messages.t("display.panel.satisfaction");
            case NETWORK -> Messages.t("display.panel.network");
            case CONTESTS -> Messages.t("display.panel.contests");
            case ACTIVITIES -> Messages.t("display.panel.activities");
            case PARTY_LIFE -> Messages.t("display.panel.partyLife");
        };
    }

    /** "FLAG,STARS" → [FLAG, STARS]; unknown names and duplicates are dropped, order kept. */
    public static List<Panel> parse(String csv) {
        Set<Panel> out = new LinkedHashSet<>();
        if (csv != null) {
            for (String s : csv.split(",")) {
                String n = s.strip();
                Arrays.stream(values()).filter(p -> p.name().equals(n)).findFirst().ifPresent(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    public static String format(List<Panel> panels) {
        return String.join(",", panels.stream().map(Enum::name).toList());
    }
}
