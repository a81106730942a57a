package cn.fuwukuaiche.base.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one input normaliser for every form, import and API, in plain Java:
 * <ul>
 *     <li>control characters (NUL, ESC, DEL …) are refused everywhere; line breaks and tabs are refused in single-line
 *     fields (a name, a post, a code) and allowed in multi-line ones (a comment, a reason);</li>
 *     <li>codes, numbers and searches are NFKC-normalised, so full-width ＡＢＣ１２３ and ABC123 are the same text (stored
 *     normalised, found by either);</li>
 *     <li>mobile numbers written with +86, 0086, spaces or dashes become their 11 digits;</li>
 *     <li>dates are checked for plausibility where they matter (a designation in 1900 is a typing mistake).</li>
 * </ul>
 * {@code …Problem} methods return the Chinese message for the field; {@code require…} throw a {@link BusinessException}.
 */
public final class Input {

    public static final String MSG_CONTROL = "不能包含控制字符（如 NUL、ESC）";
    public static final String MSG_LINE = "不能包含换行、制表符或其他控制字符";

    private static final Pattern MOBILE_WITH_PREFIX = Pattern.compile("(?:\\+?86|0086)?(1[3-9]\\d{9})");

    private Input() {
    }

    /** True for C0 controls, DEL and C1 controls; {@code lineBreaksAllowed} lets \n, \r and \t through. */
    static boolean isControl(int c, boolean lineBreaksAllowed) {
        if (lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }

    public static boolean hasControl(String s, boolean lineBreaksAllowed) {
        return s != null && s.codePoints().anyMatch(c -> isControl(c, lineBreaksAllowed));
    }

    /** Empty when the value may be stored in a single-line field (a name, a post, a code, a title). */
    public static Optional<String> singleLineProblem(String value) {
        return hasControl(value, false) ? Optional.of(MSG_LINE) : Optional.empty();
    }

    /** Empty when the value may be stored in a multi-line field (a comment, a reason, a description). */
    public static Optional<String> multiLineProblem(String value) {
        return hasControl(value, true) ? Optional.of(MSG_CONTROL) : Optional.empty();
    }

    /** The stripped value (null when blank), or a refusal naming the field. */
    public static String requireSingleLine(String field, String label, String value) {
        singleLineProblem(value).ifPresent(m -> {
            throw new BusinessException(field, label + m);
        });
        return blankToNull(value);
    }

    /** The stripped value with \r\n turned into \n (null when blank), or a refusal naming the field. */
    public static String requireMultiLine(String field, String label, String value) {
        multiLineProblem(value).ifPresent(m -> {
            throw new BusinessException(field, label + m);
        });
        String v = blankToNull(value);
        return v == null ? null : v.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** NFKC, stripped, null when blank: for codes and numbers (window numbers, staff numbers, ID card numbers). */
    public static String code(String value) {
        if (value == null) {
            return null;
        }
        return blankToNull(Normalizer.normalize(value, Normalizer.Form.NFKC));
    }

    /** A search text: NFKC, control characters dropped, stripped; "" when nothing is left. */
    public static String search(String value) {
        if (value == null) {
            return "";
        }
        String n = Normalizer.normalize(value, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !isControl(c, false)).forEach(b::appendCodePoint);
        return b.toString().strip();
    }

    /**
     * A phone number as stored: NFKC (full-width digits and dashes), spaces and brackets removed; a mobile number with
     * +86, 0086 or 86 in front and dashes anywhere becomes its 11 digits ({@code +86 138 0013 8000} → 13800138000).
     * A landline keeps its dash ({@code 0871-65123456}). Null when blank.
     */
    public static String phone(String value) {
        String v = code(value);
        if (v == null) {
            return null;
        }
        v = v.replace("—", "-").replace("–", "-").replaceAll("[\\s()（）]", "");
        var m = MOBILE_WITH_PREFIX.matcher(v.replace("-", ""));
        if (m.matches()) {
            return m.group(1);
        }
        return v.isEmpty() ? null : v;
    }

    /**
     * Empty when {@code date} lies within [earliest, latest] (or is null: required-ness is the caller's rule);
     * otherwise a Chinese message naming the allowed range.
     */
    public static Optional<String> dateProblem(String label, LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            return Optional.of(label + "须在 " + earliest + " 至 " + latest + " 之间");
        }
        return Optional.empty();
    }

    public static void requireDate(String field, String label, LocalDate date, LocalDate earliest, LocalDate latest) {
        dateProblem(label, date, earliest, latest).ifPresent(m -> {
            throw new BusinessException(field, m);
        });
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }
}
