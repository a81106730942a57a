package cn.fuwukuaiche.audit.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Computes the "before → after" lines of an audit entry from two snapshots. Plain Java. */
public final class Changes {

    private Changes() {
    }

    public static List<String> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            Object b = before == null ? null : before.get(key);
            Object a = after == null ? null : after.get(key);
            if (!Objects.equals(show(b), show(a))) {
                lines.add(key + "：" + show(b) + " → " + show(a));
            }
        }
        return lines;
    }

    public static List<String> describe(Map<String, Object> state) {
        List<String> lines = new ArrayList<>();
        state.forEach((k, v) -> lines.add(k + "：" + show(v)));
        return lines;
    }

    static String show(Object v) {
        if (v == null) {
            return "（空）";
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        String s = String.valueOf(v);
        return s.isBlank() ? "（空）" : s;
    }
}
