package cn.fuwukuaiche.org.control;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * The organisation as flat rows, for the static loaders of the areas above that read a month or period in a
 * handful of queries (evaluation's ranking, honour's stars): a few hundred rows, fetched once and joined by id in
 * Java. Org owns the tables these name; {@link OrgDirectory} is the bean for everything else.
 */
public final class OrgRows {

    /** Every window: id, window_no, name, unit name, unit short name, unit's branch id, branch name, active. */
    public static final String WINDOWS = "select w.id, w.window_no, w.name, u.name, u.short_name, u.branch_id, b.name, w.active "
            + "from service_window w join stationed_unit u on u.id = w.unit_id left join party_branch b on b.id = u.branch_id "
            + "where w.hall_id = ?";

    /**
     * Every staff member with a window: id, name, staff_no, window id, window_no, unit name, unit short name, unit's
     * branch id, branch name, active.
     */
    public static final String STAFF = "select s.id, s.name, s.staff_no, w.id, w.window_no, u.name, u.short_name, u.branch_id, "
            + "b.name, s.active from staff s join service_window w on w.id = s.window_id "
            + "join stationed_unit u on u.id = w.unit_id left join party_branch b on b.id = u.branch_id where s.hall_id = ?";

    /** An active staff member at a window, with the window, its unit's name and the unit's branch. */
    public record StaffAtWindow(long staffId, String name, long windowId, String windowNo, String windowName, String unitName,
                                Long branchId) {
    }

    private OrgRows() {
    }

    /** Active staff with a window, by window number and staff number. */
    public static List<StaffAtWindow> activeStaffAtWindows(EntityManager em) {
        return em.createQuery("select s.id, s.name, w.id, w.windowNo, w.name, u.name, b.id from Staff s "
                        + "join s.window w join w.unit u left join u.branch b where s.active = true order by w.windowNo, s.staffNo",
                Object[].class).getResultList().stream().map(r -> new StaffAtWindow((Long) r[0], (String) r[1], (Long) r[2],
                (String) r[3], (String) r[4], (String) r[5], (Long) r[6])).toList();
    }
}
