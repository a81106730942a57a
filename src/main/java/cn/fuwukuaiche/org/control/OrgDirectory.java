package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.GeneralBranch;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.org.entity.Zone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only look-ups of the organisation for every area (evaluations, honours, contests, screens): who works
 * at which window, which branch a window's results roll up to. No scope checks here: callers are services
 * that check their own caller; views use the org services ({@link StaffService}, {@link OrgService} …), which do.
 */
@HallBound
@ApplicationScoped
public class OrgDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<Hall> hall() {
        Object hall = em.getProperties().get(cn.fuwukuaiche.base.hall.HallContext.PROPERTY); // this call's hall (issue 23)
        return hall == null ? Optional.empty() : Optional.ofNullable(em.find(Hall.class, cn.fuwukuaiche.base.hall.HallSql.hall(em)));
    }

    /** Every hall, in the order they were created (the first is the single-hall portal's own). */
    public List<Hall> halls() {
        return em.createQuery("select h from Hall h order by h.id", Hall.class).getResultList();
    }

    /**
     * Which of {@code hallIds}' windows and people belong to which hall (through their unit), for comparing halls.
     * Native SQL, two queries for any number of halls: it reads across halls, which the per-hall filter of JPQL
     * (the hall boundary's multitenancy) would not let it do; there it can read {@code hall_id} of window and staff.
     */
    public cn.fuwukuaiche.base.hall.ComparedHalls hallScope(java.util.Set<Long> hallIds) {
        java.util.Map<Long, Long> windows = new java.util.HashMap<>();
        java.util.Map<Long, Long> staff = new java.util.HashMap<>();
        collect(em.createNativeQuery("select w.id, u.hall_id from service_window w join stationed_unit u on u.id = w.unit_id")
                .getResultList(), hallIds, windows);
        collect(em.createNativeQuery("select s.id, u.hall_id from staff s join stationed_unit u on u.id = s.unit_id")
                .getResultList(), hallIds, staff);
        return new cn.fuwukuaiche.base.hall.ComparedHalls(hallIds, windows, staff);
    }

    private static void collect(List<?> rows, java.util.Set<Long> hallIds, java.util.Map<Long, Long> into) {
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long hall = ((Number) r[1]).longValue();
            if (hallIds.contains(hall)) {
                into.put(((Number) r[0]).longValue(), hall);
            }
        }
    }

    public Optional<GeneralBranch> generalBranch() {
        return em.createQuery("select g from GeneralBranch g order by g.id", GeneralBranch.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<Floor> floors() {
        return em.createQuery("select f from Floor f order by f.floorNo", Floor.class).getResultList();
    }

    public List<Zone> zones() {
        return em.createQuery("select z from Zone z join fetch z.floor order by z.floor.floorNo, z.code", Zone.class).getResultList();
    }

    /** Active branches, the central branch first. */
    public List<Branch> branches() {
        return em.createQuery("select b from Branch b where b.active = true order by b.displayOrder, b.name", Branch.class)
                .getResultList();
    }

    public List<PartyGroup> partyGroups() {
        return em.createQuery("select g from PartyGroup g join fetch g.branch order by g.branch.displayOrder, g.name",
                PartyGroup.class).getResultList();
    }

    /** Active units in display order. */
    public List<Unit> units() {
        return em.createQuery("select u from Unit u left join fetch u.branch where u.active = true order by u.displayOrder, u.name",
                Unit.class).getResultList();
    }

    /** Active windows by number, with their unit and its branch. */
    public List<ServiceWindow> windows() {
        return em.createQuery("select w from ServiceWindow w join fetch w.unit u left join fetch u.branch where w.active = true "
                + "order by w.windowNo", ServiceWindow.class).getResultList();
    }

    /** Active windows whose unit the branch covers (its results roll up to the branch). */
    public List<ServiceWindow> windowsOfBranch(long branchId) {
        return em.createQuery("select w from ServiceWindow w join fetch w.unit u where w.active = true and u.branch.id = :b "
                + "order by w.windowNo", ServiceWindow.class).setParameter("b", branchId).getResultList();
    }

    public Optional<Branch> branchOfWindow(long windowId) {
        return Optional.ofNullable(em.find(ServiceWindow.class, windowId)).map(ServiceWindow::branch);
    }

    /** Active staff of a window, by name. */
    public List<Staff> staffOfWindow(long windowId) {
        return em.createQuery("select s from Staff s where s.active = true and s.window.id = :w order by s.staffNo", Staff.class)
                .setParameter("w", windowId).getResultList();
    }

    /** Active Party members of a branch. */
    public List<Staff> membersOfBranch(long branchId) {
        return em.createQuery("select s from Staff s where s.active = true and s.branch.id = :b order by s.staffNo", Staff.class)
                .setParameter("b", branchId).getResultList();
    }

    /**
     * Active Party members and probationary members (中共党员, 预备党员) who belong to a branch, with window and branch,
     * by branch and number; only those of {@code branchId} unless it is null.
     */
    public List<Staff> partyMembers(Long branchId) {
        var q = em.createQuery("select s from Staff s left join fetch s.window left join fetch s.branch where s.active = true"
                        + " and s.branch is not null and s.politicalStatus in :ps" + (branchId == null ? "" : " and s.branch.id = :b")
                        + " order by s.branch.id, s.staffNo", Staff.class)
                .setParameter("ps", List.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER));
        if (branchId != null) {
            q.setParameter("b", branchId);
        }
        return q.getResultList();
    }

    /** Active staff whose unit the branch covers, members or not (a secretary's scope). */
    public List<Staff> staffOfBranchUnits(long branchId) {
        return em.createQuery("select s from Staff s where s.active = true and (s.unit.branch.id = :b or s.branch.id = :b) "
                + "order by s.staffNo", Staff.class).setParameter("b", branchId).getResultList();
    }

    /** Active staff by number, with their window. */
    public List<Staff> activeStaff() {
        return em.createQuery("select s from Staff s left join fetch s.window where s.active = true order by s.staffNo", Staff.class)
                .getResultList();
    }

    public Optional<Staff> staff(long id) {
        return Optional.ofNullable(em.find(Staff.class, id));
    }

    public Optional<Staff> staffByNo(String staffNo) {
        return em.createNamedQuery(Staff.BY_NO, Staff.class).setParameter("staffNo", staffNo).getResultStream().findFirst();
    }

    public Optional<ServiceWindow> window(long id) {
        return Optional.ofNullable(em.find(ServiceWindow.class, id));
    }

    public Optional<ServiceWindow> windowByNo(String windowNo) {
        return em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", windowNo)
                .getResultStream().findFirst();
    }

    public Optional<Branch> branch(long id) {
        return Optional.ofNullable(em.find(Branch.class, id));
    }

    public Optional<Unit> unit(long id) {
        return Optional.ofNullable(em.find(Unit.class, id));
    }

    /** Every staff member of a window, active or not, by id. */
    public List<Long> staffIdsOfWindow(long windowId) {
        return em.createQuery("select s.id from Staff s where s.window.id = :w", Long.class).setParameter("w", windowId).getResultList();
    }

    /** The unit with this name or short name (as a roster or catalogue names it). */
    public Optional<Long> unitIdByName(String name) {
        return em.createQuery("select u.id from Unit u where u.name = :n or u.shortName = :n", Long.class).setParameter("n", name)
                .getResultStream().findFirst();
    }

    /** Id → name of every unit, active or not (for records that keep a unit's id). */
    public Map<Long, String> unitNames() {
        return names("select u.id, u.name from Unit u");
    }

    /** Id → name of every branch, active or not (for records that keep a branch's id). */
    public Map<Long, String> branchNames() {
        return names("select b.id, b.name from Branch b");
    }

    /** These staff members, active or not, by number. */
    public List<Staff> staffByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Staff s where s.id in :ids order by s.staffNo", Staff.class).setParameter("ids", ids)
                .getResultList();
    }

    /** These windows, active or not, by number, with their unit. */
    public List<ServiceWindow> windowsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from ServiceWindow w left join fetch w.unit where w.id in :ids order by w.windowNo",
                        ServiceWindow.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Ids of the active staff of these units (their unit), branches (their Party branch) or windows, each by id. */
    public List<Long> activeStaffIdsIn(Collection<Long> unitIds, Collection<Long> branchIds, Collection<Long> windowIds) {
        List<Long> ids = new java.util.ArrayList<>();
        if (unitIds != null && !unitIds.isEmpty()) {
            ids.addAll(em.createQuery("select s.id from Staff s where s.active = true and s.unit.id in :u order by s.id", Long.class)
                    .setParameter("u", unitIds).getResultList());
        }
        if (branchIds != null && !branchIds.isEmpty()) {
            ids.addAll(em.createQuery("select s.id from Staff s where s.active = true and s.branch.id in :b order by s.id", Long.class)
                    .setParameter("b", branchIds).getResultList());
        }
        if (windowIds != null && !windowIds.isEmpty()) {
            ids.addAll(em.createQuery("select s.id from Staff s where s.active = true and s.window.id in :w order by s.id", Long.class)
                    .setParameter("w", windowIds).getResultList());
        }
        return ids;
    }

    private Map<Long, String> names(String jpql) {
        Map<Long, String> m = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultList().forEach(o -> m.put((Long) o[0], (String) o[1]));
        return m;
    }
}
