package cn.fuwukuaiche.display.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The panels a screen can rotate through, in their default order, with their Chinese titles. */
public enum Panel {
    FLAG("流动红旗"),
    MODEL_POSTS("党员示范岗 · 巾帼建功岗"),
    STARS("五星服务之星"),
    EXEMPLARS("行业标兵"),
    NOTICES("公示"),
    SATISFACTION("本月满意率与排名"),
    NETWORK("县乡村三级服务网络"),
    CONTESTS("竞赛获奖");

    private final String title;

    Panel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
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
