package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Shared rules for point values, so every class normalises and prints them the same way. */
final class Points {

    static final int SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private Points() {
    }

    /**
     * Normalises a configured, non-negative point value to scale 2. More than two decimals are
     * rejected rather than rounded: a scheme is a published rule, and silently turning 0.125 into 0.13
     * would make the printed scheme and the computed scores disagree.
     */
    static BigDecimal nonNegative(BigDecimal value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + "不能为空");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + "不能为负数：" + fmt(value));
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(what + "最多保留两位小数：" + value.toPlainString());
        }
        return value.setScale(SCALE, ROUNDING);
    }

    /** Like {@link #nonNegative} but null stays null (meaning "no own cap"). */
    static BigDecimal optionalNonNegative(BigDecimal value, String what) {
        return value == null ? null : nonNegative(value, what);
    }

    /**
     * Points printed before, by value as stored (scale included): a scheme uses a few dozen values, and a ranking prints
     * them in every window's explanation. Bounded, so odd values never grow it without end.
     */
    private static final Map<BigDecimal, String> PRINTED = new ConcurrentHashMap<>();

    private static final int PRINTED_MAX = 4096;

    /** "30", "1.5", "0" — how people write points on a score sheet. */
    static String fmt(BigDecimal v) {
        String printed = PRINTED.get(v);
        if (printed == null) {
            printed = plain(v);
            if (PRINTED.size() < PRINTED_MAX) {
                PRINTED.put(v, printed);
            }
        }
        return printed;
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + "不能为空");
        }
        return s;
    }
}
