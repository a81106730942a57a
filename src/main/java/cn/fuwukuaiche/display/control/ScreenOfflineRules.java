package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.work.Todo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * 大屏离线: a screen in use whose page or feed has not been seen for {@code yellowMinutes} is listed for the admin,
 * yellow; from {@code redMinutes} red. A screen never seen counts from when it was created (set up but never
 * switched on). No deadline: the light says how long it has been dark.
 */
public final class ScreenOfflineRules {

    static final String AREA = "大屏";

    private ScreenOfflineRules() {
    }

    /** The light for a screen last seen at {@code lastSeen} (null: never) and created at {@code created}; empty while on air. */
    public static Optional<Todo.Light> light(LocalDateTime lastSeen, LocalDateTime created, LocalDateTime now,
                                             int yellowMinutes, int redMinutes) {
        LocalDateTime since = lastSeen != null ? lastSeen : created;
        long minutes = Duration.between(since, now).toMinutes();
        if (minutes < yellowMinutes) {
            return Optional.empty();
        }
        return Optional.of(minutes >= redMinutes ? Todo.Light.RED : Todo.Light.YELLOW);
    }

    /** The admin's line for one screen, or empty while it is on air. */
    public static Optional<Todo> todo(String name, String place, String keyPrefix, LocalDateTime lastSeen, LocalDateTime created,
                                      LocalDateTime now, int yellowMinutes, int redMinutes) {
        return light(lastSeen, created, now, yellowMinutes, redMinutes).map(light -> new Todo(AREA,
                "检查大屏「" + name + "」（" + place + "）：" + (lastSeen == null ? "设置后从未打开"
                        : "自 " + Times.format(lastSeen).substring(0, 16) + " 起离线"),
                "密钥 " + keyPrefix + "…", null, light, "admin/screens"));
    }
}
