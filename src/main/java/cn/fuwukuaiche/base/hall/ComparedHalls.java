package cn.fuwukuaiche.base.hall;

import java.util.Map;
import java.util.Set;

/**
 * The halls a comparison covers and how an area's records find their hall: a record naming a window or a person is
 * the hall's whose unit holds that window or person (org answers both maps in one query each). Records of windows
 * or people of other halls are left out.
 *
 * @param windowHall window id → hall id, for the covered halls only
 * @param staffHall  staff id → hall id, for the covered halls only
 */
public record ComparedHalls(Set<Long> hallIds, Map<Long, Long> windowHall, Map<Long, Long> staffHall) {

    public ComparedHalls {
        hallIds = Set.copyOf(hallIds);
        windowHall = Map.copyOf(windowHall);
        staffHall = Map.copyOf(staffHall);
    }

    public Long hallOfWindow(Long windowId) {
        return windowId == null ? null : windowHall.get(windowId);
    }

    public Long hallOfStaff(Long staffId) {
        return staffId == null ? null : staffHall.get(staffId);
    }
}
