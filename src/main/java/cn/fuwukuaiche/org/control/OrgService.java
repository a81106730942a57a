package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.org.control.OrgTreeNode.Level;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.GeneralBranch;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.org.entity.Zone;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation as a whole, read: the tree (总支 → 支部 → 单位 → 窗口 → 人员) as far as the caller may see it, and
 * the choices for forms and filters. Staff records are {@link StaffService}'s; units, windows and branches are
 * {@link UnitService}'s, {@link WindowService}'s and {@link BranchService}'s; the roster import is
 * {@link RosterImportService}'s.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class OrgService {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffService staffService;

    @Resource
    SessionContext context;

    public boolean canEditOrganisation() {
        return context.isCallerInRole(Role.Names.ADMIN);
    }

    /** Choices for forms and filters. */
    public record Choices(List<Floor> floors, List<Zone> zones, List<Unit> units, List<ServiceWindow> windows,
                          List<Branch> branches, List<PartyGroup> groups) {
    }

    public Choices choices() {
        return new Choices(
                em.createQuery("select f from Floor f order by f.floorNo", Floor.class).getResultList(),
                em.createQuery("select z from Zone z join fetch z.floor order by z.code", Zone.class).getResultList(),
                em.createQuery("select u from Unit u left join fetch u.branch where u.active = true order by u.displayOrder, u.name",
                        Unit.class).getResultList(),
                em.createQuery("select w from ServiceWindow w join fetch w.unit where w.active = true order by w.windowNo",
                        ServiceWindow.class).getResultList(),
                em.createQuery("select b from Branch b where b.active = true order by b.displayOrder", Branch.class).getResultList(),
                em.createQuery("select g from PartyGroup g join fetch g.branch order by g.name", PartyGroup.class).getResultList());
    }

    // ---- the tree ---------------------------------------------------------------------------------

    /** 总支 → 支部 → 单位 → 窗口 → 人员 as far as the caller may see, with counts of what they see. */
    public OrgTreeNode tree() {
        StaffService.Scope scope = staffService.scope();
        List<Staff> people = staffService.findStaff(StaffService.StaffFilter.all());
        Map<Long, List<Staff>> byWindow = new HashMap<>();
        Map<Long, List<Staff>> byUnitNoWindow = new HashMap<>();
        for (Staff s : people) {
            if (s.getWindow() != null) {
                byWindow.computeIfAbsent(s.getWindow().getId(), k -> new ArrayList<>()).add(s);
            } else {
                byUnitNoWindow.computeIfAbsent(s.getUnit().getId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<ServiceWindow> windows = em.createQuery("select w from ServiceWindow w join fetch w.unit where w.active = true "
                + "order by w.windowNo", ServiceWindow.class).getResultList();
        Map<Long, List<ServiceWindow>> windowsByUnit = new HashMap<>();
        for (ServiceWindow w : windows) {
            boolean visible = scope.seesAll()
                    || (scope.branchId() != null && w.branch() != null && scope.branchId().equals(w.branch().getId()))
                    || byWindow.containsKey(w.getId());
            if (visible) {
                windowsByUnit.computeIfAbsent(w.getUnit().getId(), k -> new ArrayList<>()).add(w);
            }
        }
        List<Unit> units = em.createQuery("select u from Unit u left join fetch u.branch where u.active = true "
                + "order by u.displayOrder, u.name", Unit.class).getResultList();
        Map<Long, List<OrgTreeNode>> unitNodesByBranch = new LinkedHashMap<>();
        List<OrgTreeNode> unitsWithoutBranch = new ArrayList<>();
        for (Unit u : units) {
            List<OrgTreeNode> children = new ArrayList<>();
            for (ServiceWindow w : windowsByUnit.getOrDefault(u.getId(), List.of())) {
                List<OrgTreeNode> staffNodes = byWindow.getOrDefault(w.getId(), List.of()).stream().map(OrgService::staffNode).toList();
                children.add(OrgTreeNode.counted(Level.WINDOW, w.getId(), w.label(), w.getBusinessScope(),
                        new ArrayList<>(staffNodes), 0, 1, 0, 0));
            }
            byUnitNoWindow.getOrDefault(u.getId(), List.of()).stream().map(OrgService::staffNode).forEach(children::add);
            if (children.isEmpty() && !(scope.seesAll() || (scope.branchId() != null && u.getBranch() != null
                    && scope.branchId().equals(u.getBranch().getId())))) {
                continue;
            }
            OrgTreeNode node = OrgTreeNode.counted(Level.UNIT, u.getId(), u.getName(), u.getShortName(), children, 0, 0, 0, 0);
            if (u.getBranch() == null) {
                unitsWithoutBranch.add(node);
            } else {
                unitNodesByBranch.computeIfAbsent(u.getBranch().getId(), k -> new ArrayList<>()).add(node);
            }
        }
        List<OrgTreeNode> branchNodes = new ArrayList<>();
        for (Branch b : em.createQuery("select b from Branch b where b.active = true order by b.displayOrder", Branch.class).getResultList()) {
            List<OrgTreeNode> children = unitNodesByBranch.getOrDefault(b.getId(), List.of());
            if (children.isEmpty() && !scope.seesAll() && !b.getId().equals(scope.branchId())) {
                continue;
            }
            String detail = b.getKind().label() + (b.getSecretary() == null ? "" : " · 书记 " + b.getSecretary().getName())
                    + (b.getFloors().isEmpty() ? "" : " · " + b.floorsLabel());
            branchNodes.add(OrgTreeNode.counted(Level.BRANCH, b.getId(), b.getName(), detail, new ArrayList<>(children), 0, 0, 0, 0));
        }
        if (!unitsWithoutBranch.isEmpty()) {
            branchNodes.add(OrgTreeNode.counted(Level.BRANCH, null, "未编入支部的单位", null, unitsWithoutBranch, 0, 0, 0, 0));
        }
        GeneralBranch g = em.createQuery("select g from GeneralBranch g order by g.id", GeneralBranch.class).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        String name = g == null ? "中心党总支" : g.getName();
        String detail = g == null || g.getSecretary() == null ? null : "书记 " + g.getSecretary().getName();
        return OrgTreeNode.counted(Level.GENERAL_BRANCH, g == null ? null : g.getId(), name, detail, branchNodes, 0, 0, 0, 0);
    }

    private static OrgTreeNode staffNode(Staff s) {
        String detail = s.getPoliticalStatus().label() + " · " + s.getGender().label() + (s.getPost() == null ? "" : " · " + s.getPost());
        return new OrgTreeNode(Level.STAFF, s.getId(), s.getName(), detail, s.isPartyMember() ? 1 : 0, 0, s.isWoman() ? 1 : 0, 1,
                new ArrayList<>());
    }
}
