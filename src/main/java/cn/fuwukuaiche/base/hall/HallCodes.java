package cn.fuwukuaiche.base.hall;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hall's public URLs: {@code /h/{code}/rest} names the hall by its code (V165: lowercase letters, digits and
 * dashes, 2–32 characters, starting with a letter) and the page {@code /rest} of the old single-hall URLs. Plain Java.
 */
public final class HallCodes {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Pattern PATH = Pattern.compile("/h/([^/]*)(/.*)?");

    private HallCodes() {
    }

    /** A path below {@code /h/{code}}: the code as written and the rest ({@code /} at least). */
    public record HallPath(String code, String rest) {
    }

    /** Empty when the path does not start with {@code /h/}; a present result may still carry an invalid code. */
    public static Optional<HallPath> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(2) == null || m.group(2).isEmpty() ? "/" : m.group(2);
        return Optional.of(new HallPath(m.group(1), rest));
    }

    public static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
