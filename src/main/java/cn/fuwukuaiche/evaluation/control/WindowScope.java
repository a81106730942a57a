package cn.fuwukuaiche.evaluation.control;

import java.util.Set;

/**
 * Which windows' ratings and rectifications a caller may see: all (LEADER, ADMIN) or a set (a SECRETARY's
 * branch, a STAFF member's window; the union if someone holds both roles). Plain Java.
 */
public record WindowScope(boolean all, Set<Long> windowIds) {

    public static final WindowScope ALL = new WindowScope(true, Set.of());
    public static final WindowScope NONE = new WindowScope(false, Set.of());

    public WindowScope {
        windowIds = Set.copyOf(windowIds);
    }

    public static WindowScope of(Set<Long> windowIds) {
        return new WindowScope(false, windowIds);
    }

    public boolean allows(Long windowId) {
        return all || (windowId != null && windowIds.contains(windowId));
    }

    public boolean isEmpty() {
        return !all && windowIds.isEmpty();
    }
}
