package cn.fuwukuaiche.partylife.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A computed item's formula: {@code RATE(a,b)} = a ÷ b × 100 (one decimal, half up; blank when b is 0 or missing)
 * or {@code DIFF(a,b)} = a − b. Computed from the parts' figures, never summed across branches.
 */
public record Formula(String op, String a, String b) {

    private static final Pattern SHAPE = Pattern.compile("(RATE|DIFF)\\(\\s*(\\w+)\\s*,\\s*(\\w+)\\s*\\)");

    public static Formula parse(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("公式须为 RATE(a,b) 或 DIFF(a,b)：" + text);
        }
        return new Formula(m.group(1), m.group(2), m.group(3));
    }

    public List<String> parts() {
        return List.of(a, b);
    }

    /** The value from the others' figures, or null when a part is missing (or a rate's base is 0). */
    public BigDecimal apply(Map<String, BigDecimal> values) {
        BigDecimal x = values.get(a);
        BigDecimal y = values.get(b);
        if (x == null || y == null) {
            return null;
        }
        if ("DIFF".equals(op)) {
            return x.subtract(y);
        }
        if (y.signum() == 0) {
            return null;
        }
        return x.multiply(BigDecimal.valueOf(100)).divide(y, 1, RoundingMode.HALF_UP);
    }
}
