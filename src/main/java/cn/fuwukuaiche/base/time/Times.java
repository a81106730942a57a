package cn.fuwukuaiche.base.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The hall lives in one time zone whatever the server's default is: every "now" and every shown
 * date goes through here.
 */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATE_CN = DateTimeFormatter.ofPattern("yyyy年M月d日");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static volatile Clock clock = Clock.system(ZONE);

    private Times() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String format(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    public static String format(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** For tests that need a fixed "now". */
    public static void useClock(Clock c) {
        clock = c.withZone(ZONE);
    }
}
