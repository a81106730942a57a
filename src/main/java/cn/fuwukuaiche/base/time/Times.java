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

    /**
     * Test servers only: the name of a file holding a whole number of days by which the clock is moved (see
     * {@link OffsetFileClock}); the build's IT server sets it so that PipelineBrowserIT can let a 公示 end. Unset (as
     * in production and {@code -Prun}) the clock is the system's.
     */
    public static final String OFFSET_FILE_PROPERTY = "app.clock.offset-file";

    private static volatile Clock clock = initialClock();

    private Times() {
    }

    private static Clock initialClock() {
        String file = System.getProperty(OFFSET_FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return Clock.system(ZONE);
        }
        java.util.logging.Logger.getLogger(Times.class.getName()).warning("TEST CLOCK: the date is moved by the days written in "
                + file + " (" + OFFSET_FILE_PROPERTY + "); never set this property in production");
        return new OffsetFileClock(java.nio.file.Path.of(file), ZONE);
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
