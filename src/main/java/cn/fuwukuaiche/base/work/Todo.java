package cn.fuwukuaiche.base.work;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a user must do, as the workbench lists it.
 *
 * @param area     the area's word as people read it, e.g. "差评整改", "组织生活", "发展党员"
 * @param what     what is to be done, e.g. "回访 张三 的差评（不动产登记窗口）"
 * @param whose    whose record it is (a person, a window, a branch), or "" when it is the viewer's own
 * @param deadline the last day it is in time, or null when it has none
 * @param light    its light on the work calendar (NONE without a deadline)
 * @param route    the page where it is done, as a Vaadin route with its query, e.g. "rectifications?id=42"
 */
public record Todo(String area, String what, String whose, LocalDate deadline, Light light, String route) {

    public Todo {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(what, "what");
        whose = whose == null ? "" : whose;
        light = light == null ? Light.NONE : light;
        Objects.requireNonNull(route, "route");
    }

    /** The light of a deadline; mirrors {@code calendar.DeadlineLight} (map it by name: {@code Light.valueOf(l.name())}). */
    public enum Light {
        RED("超期"), YELLOW("临期"), GREEN("正常"), NONE("");

        private final String label;

        Light(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
