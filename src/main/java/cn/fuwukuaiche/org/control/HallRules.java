package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.org.entity.Hall;
import java.util.Optional;

/** What a new hall's fields may hold; the super admin's page and {@link HallService} ask the same rules. */
public final class HallRules {

    private HallRules() {
    }

    /** The code as stored: NFKC (ｑｉｎｇ → qing), stripped, lower case; null when blank. */
    public static String normalCode(String code) {
        String c = Input.code(code);
        return c == null ? null : c.toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<String> codeProblem(String code) {
        String c = normalCode(code);
        if (c == null) {
            return Optional.of("请输入中心代码");
        }
        if (!c.matches(Hall.CODE_PATTERN)) {
            return Optional.of("中心代码须为 2–32 位小写字母、数字或“-”，以字母开头（用于网址 /h/代码/）");
        }
        return Optional.empty();
    }

    public static Optional<String> nameProblem(String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of("请输入" + label);
        }
        Optional<String> line = Input.singleLineProblem(value);
        if (line.isPresent()) {
            return line.map(m -> label + m);
        }
        return value.strip().length() > max ? Optional.of(label + "最多 " + max + " 个字") : Optional.empty();
    }
}
