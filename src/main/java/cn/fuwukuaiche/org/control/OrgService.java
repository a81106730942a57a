package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.base.db.JpqlFilter;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.control.OrgTreeNode.Level;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.GeneralBranch;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.StaffPhoto;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.org.entity.Zone;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The organisation for people: lists, the tree, edits, photos and Excel imports, each checked against the
 * caller's scope. ADMIN edits everything; LEADER sees everything; SECRETARY sees and edits the staff of their
 * own branch (people of the units the branch covers, and the branch's members); STAFF see their own window's
 * colleagues and their own record. Every change is audited in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class OrgService {

    public static final String MSG_OUT_OF_SCOPE = "您只能查看或编辑本支部（本窗口）的人员";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Resource
    SessionContext context;

    @Inject
    Event<StaffSaved> staffSaved;

    // ---- scope ------------------------------------------------------------------------------------

    /** What the caller may see and edit. */
    public record Scope(boolean seesAll, boolean editsAll, Long branchId, Long windowId, Long staffId) {

        public boolean sees(Staff s) {
            if (seesAll) {
                return true;
            }
            if (branchId != null && inBranch(s, branchId)) {
                return true;
            }
            if (windowId != null && s.getWindow() != null && windowId.equals(s.getWindow().getId())) {
                return true;
            }
            return staffId != null && staffId.equals(s.getId());
        }

        public boolean edits(Staff s) {
            return editsAll || (branchId != null && inBranch(s, branchId));
        }

        static boolean inBranch(Staff s, long branchId) {
            return (s.getBranch() != null && s.getBranch().getId() == branchId)
                    || (s.getUnit() != null && s.getUnit().getBranch() != null && s.getUnit().getBranch().getId() == branchId);
        }
    }

    public Scope scope() {
        if (context.isCallerInRole(Role.Names.ADMIN)) {
            return new Scope(true, true, null, null, null);
        }
        if (context.isCallerInRole(Role.Names.LEADER)) {
            return new Scope(true, false, null, null, null);
        }
        UserAccount me = currentUser.account().orElseThrow(() -> new BusinessException("请先登录"));
        if (context.isCallerInRole(Role.Names.SECRETARY)) {
            return new Scope(false, false, me.getBranchId(), null, me.getStaffId());
        }
        return new Scope(false, false, null, me.getWindowId(), me.getStaffId());
    }

    // ---- reading ----------------------------------------------------------------------------------

    public record StaffFilter(String text, Long floorId, Long unitId, Long branchId, PoliticalStatus status, Gender gender,
                              boolean includeInactive) {
        public static StaffFilter all() {
            return new StaffFilter(null, null, null, null, null, null, false);
        }
    }

    /** Staff the caller may see, filtered, by staff number. */
    public List<Staff> findStaff(StaffFilter f) {
        Scope scope = scope();
        JpqlFilter q = new JpqlFilter("select s from Staff s join fetch s.unit u left join fetch s.window w "
                + "left join fetch s.branch b")
                .andIf(!f.includeInactive(), "s.active = true")
                .contains("t", f.text(), "s.name", "s.staffNo", "s.post")
                .and("w.floor.id = :floor", "floor", f.floorId())
                .and("u.id = :unit", "unit", f.unitId())
                .and("b.id = :branch", "branch", f.branchId())
                .and("s.politicalStatus = :status", "status", f.status())
                .and("s.gender = :gender", "gender", f.gender());
        if (!scope.seesAll()) {
            // a secretary sees the branch, staff their window and themselves: any of the scopes they hold
            List<String> or = new ArrayList<>();
            if (scope.branchId() != null) {
                or.add("b.id = :sb or u.branch.id = :sb");
                q.param("sb", scope.branchId());
            }
            if (scope.windowId() != null) {
                or.add("w.id = :sw");
                q.param("sw", scope.windowId());
            }
            if (scope.staffId() != null) {
                or.add("s.id = :ss");
                q.param("ss", scope.staffId());
            }
            q.and(or.isEmpty() ? "1 = 0" : "(" + String.join(" or ", or) + ")");
        }
        return q.query(em, Staff.class, "s.staffNo").getResultList();
    }

    public Staff staff(long id) {
        Staff s = em.find(Staff.class, id);
        if (s == null || !scope().sees(s)) {
            throw new BusinessException(s == null ? "该人员不存在" : MSG_OUT_OF_SCOPE);
        }
        return s;
    }

    public boolean canEdit(Staff s) {
        return scope().edits(s);
    }

    public boolean canEditOrganisation() {
        return context.isCallerInRole(Role.Names.ADMIN);
    }

    public record WindowFilter(String text, Long floorId, Long unitId, Long branchId, boolean includeInactive) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<ServiceWindow> findWindows(WindowFilter f) {
        return new JpqlFilter("select w from ServiceWindow w join fetch w.unit u join fetch w.floor fl "
                + "left join fetch w.zone z left join u.branch b")
                .andIf(!f.includeInactive(), "w.active = true")
                .contains("t", f.text(), "w.windowNo", "w.name", "w.businessScope")
                .and("fl.id = :floor", "floor", f.floorId())
                .and("u.id = :unit", "unit", f.unitId())
                .and("b.id = :branch", "branch", f.branchId())
                .query(em, ServiceWindow.class, "w.windowNo").getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<Unit> findUnits(String text, Long branchId, boolean includeInactive) {
        return new JpqlFilter("select u from Unit u left join fetch u.branch b")
                .andIf(!includeInactive, "u.active = true")
                .contains("t", text, "u.name", "u.shortName")
                .and("b.id = :branch", "branch", branchId)
                .query(em, Unit.class, "u.displayOrder, u.name").getResultList();
    }

    /** Counts per unit for the unit list: windows, people, Party members, women (active only). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public Map<Long, int[]> unitCounts() {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] r : em.createQuery("select w.unit.id, count(w) from ServiceWindow w where w.active = true group by w.unit.id",
                Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) r[0], k -> new int[4])[0] = ((Number) r[1]).intValue();
        }
        for (Staff s : em.createQuery("select s from Staff s where s.active = true", Staff.class).getResultList()) {
            int[] c = counts.computeIfAbsent(s.getUnit().getId(), k -> new int[4]);
            c[1]++;
            c[2] += s.isPartyMember() ? 1 : 0;
            c[3] += s.isWoman() ? 1 : 0;
        }
        return counts;
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
        Scope scope = scope();
        List<Staff> people = findStaff(StaffFilter.all());
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

    // ---- staff edits ------------------------------------------------------------------------------

    /** A staff form's data. */
    public record StaffForm(String staffNo, String name, Gender gender, PoliticalStatus status, Long unitId, Long windowId,
                            Long branchId, Long partyGroupId, String post, String duties, String phone, String idCardNo,
                            boolean active) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    public Staff createStaff(StaffForm form) {
        Staff s = new Staff(trim(form.staffNo()), trim(form.name()), form.gender(), form.status(), null);
        apply(s, form);
        if (!scope().edits(s)) {
            throw new BusinessException("unit", "您只能在本支部所辖单位中新增人员");
        }
        em.persist(s);
        em.flush();
        audit.created(s, null);
        staffSaved.fire(new StaffSaved(s.getId()));
        return s;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    public Staff updateStaff(long id, long expectedVersion, StaffForm form, String reason) {
        Staff s = em.find(Staff.class, id);
        if (s == null) {
            throw new BusinessException("该人员不存在");
        }
        Scope scope = scope();
        if (!scope.edits(s)) {
            throw new BusinessException(MSG_OUT_OF_SCOPE);
        }
        if (s.getVersion() != expectedVersion) {
            throw new OptimisticLockException("人员 " + s.getName() + " 已被他人修改");
        }
        Map<String, Object> before = s.auditState();
        apply(s, form);
        if (!scope.edits(s)) {
            throw new BusinessException("unit", "不能把人员调出本支部：请联系管理员办理");
        }
        if (!form.active() && referencedAsSecretary(s)) {
            throw new BusinessException("active", "此人是支部书记或党小组长，请先更换书记（组长）再停用");
        }
        em.flush();
        audit.updated(before, s, reason);
        staffSaved.fire(new StaffSaved(s.getId()));
        return s;
    }

    private boolean referencedAsSecretary(Staff s) {
        return em.createQuery("select count(b) from Branch b where b.secretary = :s", Long.class).setParameter("s", s).getSingleResult()
                + em.createQuery("select count(g) from GeneralBranch g where g.secretary = :s", Long.class).setParameter("s", s)
                .getSingleResult() > 0;
    }

    /** Validates the form against the rules and the database, then copies it onto the entity. */
    private void apply(Staff s, StaffForm f) {
        ServiceWindow window = f.windowId() == null ? null : em.find(ServiceWindow.class, f.windowId());
        OrgRules.StaffInput in = new OrgRules.StaffInput(f.staffNo(), f.name(), f.gender() == null ? null : f.gender().label(),
                f.status(), f.unitId(), f.windowId(), window == null ? null : window.getUnit().getId(), f.branchId(),
                f.phone(), f.idCardNo());
        List<OrgRules.Problem> problems = OrgRules.checkStaff(in, f.gender() != null);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.get(0).field(), problems.get(0).message());
        }
        String staffNo = Input.code(f.staffNo()); // NFKC: a full-width ＱＳ００１２ is stored (and found) as QS0012
        Long clash = em.createQuery("select s.id from Staff s where upper(s.staffNo) = :no", Long.class)
                .setParameter("no", staffNo.toUpperCase()).getResultStream().findFirst().orElse(null);
        if (clash != null && !clash.equals(s.getId())) {
            throw new BusinessException("staffNo", "工号“" + staffNo + "”已被其他人员使用");
        }
        Unit unit = em.find(Unit.class, f.unitId());
        if (unit == null) {
            throw new BusinessException("unit", "所选单位不存在");
        }
        Branch branch = f.branchId() == null ? null : em.find(Branch.class, f.branchId());
        if (f.branchId() != null && branch == null) {
            throw new BusinessException("branch", "所选支部不存在");
        }
        PartyGroup group = f.partyGroupId() == null ? null : em.find(PartyGroup.class, f.partyGroupId());
        if (group != null && (branch == null || !group.getBranch().getId().equals(branch.getId()))) {
            throw new BusinessException("partyGroup", "所选党小组不属于该人员的支部");
        }
        if (s.getId() != null) {
            // a secretary must stay a full member of the branch they lead
            for (Branch led : em.createQuery("select b from Branch b where b.secretary = :s", Branch.class).setParameter("s", s)
                    .getResultList()) {
                if (f.status() != PoliticalStatus.PARTY_MEMBER || !led.getId().equals(f.branchId())) {
                    throw new BusinessException("branch", "此人是" + led.getName() + "书记：须为本支部的中共党员，请先更换该支部书记");
                }
            }
        }
        s.setStaffNo(staffNo);
        s.setName(f.name().strip());
        s.setGender(f.gender());
        s.setPoliticalStatus(f.status());
        s.setUnit(unit);
        s.setWindow(window);
        s.setBranch(branch);
        s.setPartyGroup(group);
        s.setPost(Input.requireSingleLine("post", "岗位", f.post()));
        s.setDuties(Input.requireMultiLine("duties", "职责", f.duties()));
        s.setPhone(OrgRules.normalizePhone(f.phone()));
        s.setIdCardNo(f.idCardNo() == null || f.idCardNo().isBlank() ? null : Input.code(f.idCardNo()).toUpperCase());
        s.setActive(f.active());
        if (s.getPost() != null && s.getPost().length() > 64) {
            throw new BusinessException("post", "岗位最多 64 个字");
        }
        if (s.getDuties() != null && s.getDuties().length() > 500) {
            throw new BusinessException("duties", "职责最多 500 个字");
        }
    }

    // ---- photos -----------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    public void savePhoto(long staffId, byte[] data) {
        Staff s = em.find(Staff.class, staffId);
        if (s == null || !scope().edits(s)) {
            throw new BusinessException("photo", s == null ? "该人员不存在" : MSG_OUT_OF_SCOPE);
        }
        Photos.problem(data).ifPresent(m -> {
            throw new BusinessException("photo", m);
        });
        byte[] thumb;
        try {
            thumb = Photos.thumbnail(data);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("photo", Photos.MSG_BROKEN);
        }
        String type = Photos.contentType(data).orElseThrow();
        StaffPhoto photo = em.createNamedQuery(StaffPhoto.BY_STAFF, StaffPhoto.class).setParameter("staffId", staffId)
                .getResultStream().findFirst().orElse(null);
        if (photo == null) {
            em.persist(new StaffPhoto(staffId, type, data, thumb));
        } else {
            photo.replace(type, data, thumb);
        }
        audit.event(photo == null ? AuditAction.CREATE : AuditAction.UPDATE, s.auditType(), s.getId(),
                "上传照片 " + s.auditLabel(), type + "，" + (data.length / 1024) + " KB", null);
    }

    /** The thumbnail (JPEG) of someone the caller may see. */
    public Optional<byte[]> thumbnail(long staffId) {
        staff(staffId);
        return em.createNamedQuery(StaffPhoto.BY_STAFF, StaffPhoto.class).setParameter("staffId", staffId)
                .getResultStream().findFirst().map(StaffPhoto::getThumbnail);
    }

    // ---- units, windows, branches (ADMIN) -----------------------------------------------------------

    public record UnitForm(String name, String shortName, Long branchId, int displayOrder, boolean active) {
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Unit saveUnit(Long id, long expectedVersion, UnitForm f, String reason) {
        Input.requireSingleLine("shortName", "简称", f.shortName());
        String name = Input.requireSingleLine("name", "单位名称", f.name());
        if (name == null) {
            throw new BusinessException("name", "请输入单位名称");
        }
        if (name.length() > 64) {
            throw new BusinessException("name", "单位名称最多 64 个字");
        }
        if (f.shortName() != null && f.shortName().strip().length() > 32) {
            throw new BusinessException("shortName", "简称最多 32 个字");
        }
        Long clash = em.createQuery("select u.id from Unit u where u.name = :n", Long.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
        if (clash != null && !clash.equals(id)) {
            throw new BusinessException("name", "单位“" + name + "”已存在");
        }
        Branch branch = f.branchId() == null ? null : em.find(Branch.class, f.branchId());
        Unit u;
        Map<String, Object> before = null;
        if (id == null) {
            u = new Unit(hall(), name, trim(f.shortName()), branch, f.displayOrder());
            u.setActive(f.active());
            em.persist(u);
        } else {
            u = em.find(Unit.class, id);
            if (u == null) {
                throw new BusinessException("该单位不存在");
            }
            if (u.getVersion() != expectedVersion) {
                throw new OptimisticLockException("单位 " + u.getName() + " 已被他人修改");
            }
            before = u.auditState();
            if (!f.active() && u.isActive() && em.createQuery("select count(s) from Staff s where s.unit = :u and s.active = true",
                    Long.class).setParameter("u", u).getSingleResult() > 0) {
                throw new BusinessException("active", "该单位还有在岗人员，请先调整或停用这些人员");
            }
            u.setName(name);
            u.setShortName(trim(f.shortName()));
            u.setBranch(branch);
            u.setDisplayOrder(f.displayOrder());
            u.setActive(f.active());
        }
        em.flush();
        if (before == null) {
            audit.created(u, reason);
        } else {
            audit.updated(before, u, reason);
        }
        return u;
    }

    public record WindowForm(String windowNo, String name, Long unitId, Long floorId, Long zoneId, String businessScope,
                             boolean active) {
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ServiceWindow saveWindow(Long id, long expectedVersion, WindowForm f, String reason) {
        String no = OrgRules.normalizeWindowNo(f.windowNo());
        OrgRules.windowNoProblem(no).ifPresent(m -> {
            throw new BusinessException("windowNo", m);
        });
        Long clash = em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", no)
                .getResultStream().findFirst().map(ServiceWindow::getId).orElse(null);
        if (clash != null && !clash.equals(id)) {
            throw new BusinessException("windowNo", "窗口号“" + no + "”已被使用，请换一个");
        }
        String name = Input.requireSingleLine("name", "窗口名称", f.name());
        if (name == null) {
            throw new BusinessException("name", "请输入窗口名称");
        }
        if (name.length() > 64) {
            throw new BusinessException("name", "窗口名称最多 64 个字");
        }
        Unit unit = f.unitId() == null ? null : em.find(Unit.class, f.unitId());
        if (unit == null) {
            throw new BusinessException("unit", "请选择所在单位");
        }
        Floor floor = f.floorId() == null ? null : em.find(Floor.class, f.floorId());
        if (floor == null) {
            throw new BusinessException("floor", "请选择楼层");
        }
        Zone zone = f.zoneId() == null ? null : em.find(Zone.class, f.zoneId());
        if (zone != null && !zone.getFloor().getId().equals(floor.getId())) {
            throw new BusinessException("zone", "所选区域不在该楼层");
        }
        String scope = Input.requireMultiLine("businessScope", "业务范围", f.businessScope());
        if (scope != null && scope.length() > 500) {
            throw new BusinessException("businessScope", "业务范围最多 500 个字");
        }
        ServiceWindow w;
        Map<String, Object> before = null;
        if (id == null) {
            w = new ServiceWindow(no, name, unit, floor, zone, scope);
            w.setActive(f.active());
            em.persist(w);
        } else {
            w = em.find(ServiceWindow.class, id);
            if (w == null) {
                throw new BusinessException("该窗口不存在");
            }
            if (w.getVersion() != expectedVersion) {
                throw new OptimisticLockException("窗口 " + w.getWindowNo() + " 已被他人修改");
            }
            before = w.auditState();
            if (!unit.getId().equals(w.getUnit().getId()) && em.createQuery(
                    "select count(s) from Staff s where s.window = :w and s.active = true", Long.class).setParameter("w", w)
                    .getSingleResult() > 0) {
                throw new BusinessException("unit", "窗口还有在岗人员，不能改到其他单位；请先调整人员");
            }
            w.setWindowNo(no);
            w.setName(name);
            w.setUnit(unit);
            w.setFloor(floor);
            w.setZone(zone);
            w.setBusinessScope(scope);
            w.setActive(f.active());
        }
        em.flush();
        if (before == null) {
            audit.created(w, reason);
        } else {
            audit.updated(before, w, reason);
        }
        return w;
    }

    /** Sets a branch's secretary (must be a 中共党员 of that branch), business area and floors. */
    @RolesAllowed(Role.Names.ADMIN)
    public Branch updateBranch(long id, long expectedVersion, Long secretaryStaffId, String businessArea, Set<Long> floorIds,
                               String reason) {
        Branch b = em.find(Branch.class, id);
        if (b == null) {
            throw new BusinessException("该支部不存在");
        }
        if (b.getVersion() != expectedVersion) {
            throw new OptimisticLockException("支部 " + b.getName() + " 已被他人修改");
        }
        Map<String, Object> before = b.auditState();
        Staff secretary = secretaryStaffId == null ? null : em.find(Staff.class, secretaryStaffId);
        if (secretary != null) {
            OrgRules.secretaryProblem(secretary.getPoliticalStatus()).ifPresent(m -> {
                throw new BusinessException("secretary", m);
            });
            if (secretary.getBranch() == null || !secretary.getBranch().getId().equals(b.getId())) {
                throw new BusinessException("secretary", "支部书记须是本支部的党员");
            }
            if (!secretary.isActive()) {
                throw new BusinessException("secretary", "此人已停用，不能担任支部书记");
            }
        }
        b.setSecretary(secretary);
        b.setBusinessArea(Input.requireSingleLine("businessArea", "业务范围", businessArea));
        Set<Floor> floors = new HashSet<>();
        for (Long fid : floorIds == null ? Set.<Long>of() : floorIds) {
            floors.add(em.find(Floor.class, fid));
        }
        b.setFloors(floors);
        em.flush();
        audit.updated(before, b, reason);
        return b;
    }

    /** Party members of a branch (candidates for its secretary). */
    public List<Staff> membersOf(long branchId) {
        return em.createQuery("select s from Staff s where s.branch.id = :b and s.active = true order by s.staffNo", Staff.class)
                .setParameter("b", branchId).getResultList();
    }

    private Hall hall() {
        return em.createQuery("select h from Hall h order by h.id", Hall.class).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("尚未建立政务服务中心"));
    }

    // ---- Excel import (ADMIN) -----------------------------------------------------------------------

    /** Reads and checks the sheet; writes nothing. */
    @RolesAllowed(Role.Names.ADMIN)
    public ImportPreview previewImport(ImportKind kind, byte[] xlsx) {
        return RosterValidator.validate(RosterSheets.read(kind, xlsx), reference());
    }

    /** Imports every row in this one transaction, or none: any bad row refuses the whole file. */
    @RolesAllowed(Role.Names.ADMIN)
    public int commitImport(ImportKind kind, byte[] xlsx, IntConsumer progressPercent) {
        IntConsumer progress = progressPercent == null ? p -> { } : progressPercent;
        ImportPreview preview = previewImport(kind, xlsx);
        if (!preview.importable()) {
            List<String> lines = new ArrayList<>(preview.fileProblems());
            preview.badRows().stream().limit(20).map(ImportRow::describe).forEach(lines::add);
            if (preview.badRows().size() > 20) {
                lines.add("……共 " + preview.badRows().size() + " 行有误");
            }
            throw new BusinessException("没有导入任何数据。" + String.join("\n", lines));
        }
        Hall hall = hall();
        List<ImportRow> rows = preview.rows();
        List<cn.fuwukuaiche.base.entity.Audited> created = new ArrayList<>(rows.size());
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : em.createQuery("select u from Unit u", Unit.class).getResultList()) {
            units.put(u.getName(), u);
            if (u.getShortName() != null) {
                units.putIfAbsent(u.getShortName(), u);
            }
        }
        Map<String, Branch> branches = em.createQuery("select b from Branch b", Branch.class).getResultList().stream()
                .collect(Collectors.toMap(Branch::getName, b -> b, (a, b) -> a));
        Map<String, ServiceWindow> windows = em.createQuery("select w from ServiceWindow w", ServiceWindow.class).getResultList()
                .stream().collect(Collectors.toMap(ServiceWindow::getWindowNo, w -> w));
        Map<String, Floor> floors = new HashMap<>();
        for (Floor f : em.createQuery("select f from Floor f", Floor.class).getResultList()) {
            floors.put(String.valueOf(f.getFloorNo()), f);
            floors.put(f.shortLabel(), f);
            floors.put(f.getName(), f);
        }
        List<Zone> zones = em.createQuery("select z from Zone z", Zone.class).getResultList();
        int n = 0;
        for (ImportRow r : rows) {
            switch (kind) {
                case STAFF -> {
                    Staff s = new Staff(Input.code(r.get("工号")), r.get("姓名"), Gender.fromLabel(r.get("性别")),
                            PoliticalStatus.fromLabel(r.get("政治面貌")), units.get(r.get("所在单位")));
                    String no = OrgRules.normalizeWindowNo(r.get("窗口号"));
                    s.setWindow(no == null ? null : windows.get(no));
                    s.setBranch(r.get("所属支部") == null ? null : branches.get(r.get("所属支部")));
                    s.setPost(r.get("岗位"));
                    s.setDuties(r.get("职责"));
                    s.setPhone(OrgRules.normalizePhone(r.get("联系电话")));
                    String id = r.get("身份证号");
                    s.setIdCardNo(id == null ? null : Input.code(id).toUpperCase());
                    em.persist(s);
                    created.add(s);
                }
                case UNIT -> {
                    String order = r.get("排序");
                    Unit u = new Unit(hall, r.get("单位名称"), r.get("简称"),
                            r.get("所属支部") == null ? null : branches.get(r.get("所属支部")), order == null ? 100 : Integer.parseInt(order));
                    em.persist(u);
                    created.add(u);
                }
                case WINDOW -> {
                    Floor floor = floors.get(r.get("楼层"));
                    String code = r.get("区域");
                    Zone zone = code == null ? null : zones.stream().filter(z -> z.getFloor().getId().equals(floor.getId())
                            && z.getCode().equalsIgnoreCase(code)).findFirst().orElse(null);
                    ServiceWindow w = new ServiceWindow(OrgRules.normalizeWindowNo(r.get("窗口号")), r.get("窗口名称"),
                            units.get(r.get("所在单位")), floor, zone, r.get("业务范围"));
                    em.persist(w);
                    created.add(w);
                }
                default -> throw new IllegalArgumentException(kind.name());
            }
            if (++n % 25 == 0) {
                progress.accept(n * 60 / rows.size());
            }
        }
        em.flush();
        progress.accept(70);
        n = 0;
        for (cn.fuwukuaiche.base.entity.Audited a : created) {
            audit.created(a, "Excel 导入" + kind.label());
            if (a instanceof Staff st) {
                staffSaved.fire(new StaffSaved(st.getId()));
            }
            if (++n % 50 == 0) {
                progress.accept(70 + n * 29 / created.size());
            }
        }
        audit.event(AuditAction.CREATE, kind.label(), null, "Excel 导入" + kind.label() + " " + created.size() + " 条", null, null);
        em.flush();
        progress.accept(100);
        return created.size();
    }

    // ---- Excel re-import: update existing staff, keyed by 工号 (ADMIN) -----------------------------------

    /**
     * The roster file in "update existing" mode, checked and compared, nothing written: rows whose 工号 exists update
     * that person (each change field by field, old → new), other rows add people, rows equal to the database change
     * nothing. {@code checked} holds every row with its problems (a column the file lacks is checked with the
     * person's current value).
     */
    public record UpdatePreview(ImportPreview checked, List<RosterUpdate.StaffUpdate> updates, int created, int unchanged) {

        public boolean importable() {
            return checked.importable() && (!updates.isEmpty() || created > 0);
        }

        public int fieldChanges() {
            return updates.stream().mapToInt(u -> u.changes().size()).sum();
        }

        /** A one-line summary in Chinese. */
        public String summary() {
            if (!checked.importable()) {
                return checked.summary();
            }
            return "共 " + checked.rows().size() + " 行：更新 " + updates.size() + " 人（" + fieldChanges() + " 项变更），新增 " + created
                    + " 人，" + unchanged + " 人无变化" + (importable() ? "" : "：没有需要导入的内容");
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UpdatePreview previewUpdate(byte[] xlsx) {
        ImportPreview parsed = RosterSheets.read(ImportKind.STAFF, xlsx);
        if (!parsed.fileProblems().isEmpty()) {
            return new UpdatePreview(parsed, List.of(), 0, 0);
        }
        Map<String, Staff> existing = existingStaff();
        Set<String> present = parsed.rows().isEmpty() ? Set.of() : new HashSet<>(parsed.rows().get(0).values().keySet());
        Map<Integer, Map<String, String>> fromFile = new HashMap<>();
        for (ImportRow r : parsed.rows()) {
            fromFile.put(r.rowNo(), new HashMap<>(r.values()));
            Staff s = r.get("工号") == null ? null : existing.get(r.get("工号").toUpperCase());
            if (s != null) {
                // a column the file lacks keeps the person's value: check the row as it would be stored
                Map<String, String> now = currentValues(s);
                for (String h : ImportKind.STAFF.headers()) {
                    r.values().putIfAbsent(ImportKind.plain(h), now.get(ImportKind.plain(h)));
                }
            }
        }
        RosterValidator.Reference ref = reference();
        ImportPreview checked = RosterValidator.validate(parsed, ref, true);
        Map<Long, String> unitNames = new HashMap<>();
        em.createQuery("select u from Unit u", Unit.class).getResultList().forEach(u -> unitNames.put(u.getId(), u.getName()));
        List<RosterUpdate.StaffUpdate> updates = new ArrayList<>();
        int created = 0;
        int unchanged = 0;
        for (ImportRow r : checked.rows()) {
            Staff s = r.get("工号") == null ? null : existing.get(r.get("工号").toUpperCase());
            if (s == null) {
                created++;
                continue;
            }
            List<RosterUpdate.FieldChange> changes = RosterUpdate.changes(currentValues(s), fromFile.get(r.rowNo()), present,
                    ref.units(), unitNames);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updates.add(new RosterUpdate.StaffUpdate(r.rowNo(), s.getId(), s.getStaffNo(), s.getName(), changes));
            }
        }
        return new UpdatePreview(checked, updates, created, unchanged);
    }

    /**
     * Applies the file in "update existing" mode in this one transaction, or nothing: each changed person is
     * checked as an edit would be and gets one audit line with its before → after; new 工号 are added as in an
     * import; a summary line closes it.
     *
     * @return {updated, created}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int[] commitUpdate(byte[] xlsx) {
        UpdatePreview preview = previewUpdate(xlsx);
        if (!preview.importable()) {
            List<String> lines = new ArrayList<>(preview.checked().fileProblems());
            preview.checked().badRows().stream().limit(20).map(ImportRow::describe).forEach(lines::add);
            throw new BusinessException("没有更新任何数据。" + (lines.isEmpty() ? preview.summary() : String.join("\n", lines)));
        }
        String reason = "Excel 导入更新" + ImportKind.STAFF.label();
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : em.createQuery("select u from Unit u where u.active = true", Unit.class).getResultList()) {
            units.put(u.getName(), u);
            if (u.getShortName() != null) {
                units.putIfAbsent(u.getShortName(), u);
            }
        }
        Map<String, Branch> branches = em.createQuery("select b from Branch b where b.active = true", Branch.class).getResultList()
                .stream().collect(Collectors.toMap(Branch::getName, b -> b, (a, b) -> a));
        Map<String, ServiceWindow> windows = em.createQuery("select w from ServiceWindow w", ServiceWindow.class).getResultList()
                .stream().collect(Collectors.toMap(ServiceWindow::getWindowNo, w -> w));
        Map<Integer, RosterUpdate.StaffUpdate> byRow = preview.updates().stream()
                .collect(Collectors.toMap(RosterUpdate.StaffUpdate::rowNo, u -> u));
        Map<String, Staff> existing = existingStaff();
        int updated = 0;
        int created = 0;
        for (ImportRow r : preview.checked().rows()) {
            Staff s = existing.get(r.get("工号").toUpperCase());
            if (s == null) {
                Staff n = new Staff(r.get("工号"), r.get("姓名"), Gender.fromLabel(r.get("性别")),
                        PoliticalStatus.fromLabel(r.get("政治面貌")), units.get(r.get("所在单位")));
                String no = OrgRules.normalizeWindowNo(r.get("窗口号"));
                n.setWindow(no == null ? null : windows.get(no));
                n.setBranch(r.get("所属支部") == null ? null : branches.get(r.get("所属支部")));
                n.setPost(r.get("岗位"));
                n.setDuties(r.get("职责"));
                n.setPhone(OrgRules.normalizePhone(r.get("联系电话")));
                n.setIdCardNo(r.get("身份证号") == null ? null : r.get("身份证号").toUpperCase());
                em.persist(n);
                em.flush();
                audit.created(n, reason);
                staffSaved.fire(new StaffSaved(n.getId()));
                created++;
                continue;
            }
            if (!byRow.containsKey(r.rowNo())) {
                continue;
            }
            Map<String, Object> before = s.auditState();
            Unit unit = units.get(r.get("所在单位"));
            String windowNo = OrgRules.normalizeWindowNo(r.get("窗口号"));
            ServiceWindow window = windowNo == null ? null : windows.get(windowNo);
            Branch branch = r.get("所属支部") == null ? null : branches.get(r.get("所属支部"));
            Long groupId = s.getPartyGroup() != null && branch != null && s.getPartyGroup().getBranch().getId().equals(branch.getId())
                    ? s.getPartyGroup().getId() : null;
            apply(s, new StaffForm(s.getStaffNo(), r.get("姓名"), Gender.fromLabel(r.get("性别")), PoliticalStatus.fromLabel(r.get("政治面貌")),
                    unit == null ? null : unit.getId(), window == null ? null : window.getId(), branch == null ? null : branch.getId(),
                    groupId, r.get("岗位"), r.get("职责"), r.get("联系电话"), r.get("身份证号"), s.isActive()));
            em.flush();
            audit.updated(before, s, reason);
            staffSaved.fire(new StaffSaved(s.getId()));
            updated++;
        }
        audit.event(AuditAction.UPDATE, ImportKind.STAFF.label(), null, reason + "：更新 " + updated + " 人，新增 " + created + " 人，"
                + preview.unchanged() + " 人无变化", preview.updates().stream().map(u -> u.staffNo() + " " + u.name() + "："
                + u.changes().stream().map(RosterUpdate.FieldChange::describe).collect(Collectors.joining("；")))
                .collect(Collectors.joining("\n")), null);
        em.flush();
        return new int[] {updated, created};
    }

    private Map<String, Staff> existingStaff() {
        Map<String, Staff> m = new HashMap<>();
        em.createQuery("select s from Staff s", Staff.class).getResultList().forEach(s -> m.put(s.getStaffNo().toUpperCase(), s));
        return m;
    }

    /** A person's values by the roster's columns, as an update compares them (the unit by its full name). */
    private static Map<String, String> currentValues(Staff s) {
        Map<String, String> m = new HashMap<>();
        m.put("工号", s.getStaffNo());
        m.put("姓名", s.getName());
        m.put("性别", s.getGender() == null ? null : s.getGender().label());
        m.put("政治面貌", s.getPoliticalStatus() == null ? null : s.getPoliticalStatus().label());
        m.put("所在单位", s.getUnit() == null ? null : s.getUnit().getName());
        m.put("窗口号", s.getWindow() == null ? null : s.getWindow().getWindowNo());
        m.put("所属支部", s.getBranch() == null ? null : s.getBranch().getName());
        m.put("岗位", s.getPost());
        m.put("职责", s.getDuties());
        m.put("联系电话", s.getPhone());
        m.put("身份证号", s.getIdCardNo());
        return m;
    }

    /** Listener of a background import: progress in percent, then done (after commit) or failed. */
    public interface ImportListener {
        void progress(int percent);

        void done(int imported);

        void failed(String message);
    }

    /** Runs {@link #commitImport} in the background as the caller; reports after the transaction has committed. */
    @Asynchronous
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void importInBackground(ImportKind kind, byte[] xlsx, ImportListener listener) {
        try {
            int n = context.getBusinessObject(OrgService.class).commitImport(kind, xlsx, listener::progress);
            listener.done(n);
        } catch (Exception e) {
            Throwable c = e;
            while (!(c instanceof BusinessException) && c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            listener.failed(c instanceof BusinessException ? c.getMessage() : "导入失败，未导入任何数据：" + c.getClass().getSimpleName());
        }
    }

    private RosterValidator.Reference reference() {
        Map<String, Long> units = new HashMap<>();
        Set<String> unitNames = new HashSet<>();
        for (Unit u : em.createQuery("select u from Unit u where u.active = true", Unit.class).getResultList()) {
            units.put(u.getName(), u.getId());
            unitNames.add(u.getName());
            if (u.getShortName() != null) {
                units.putIfAbsent(u.getShortName(), u.getId());
            }
        }
        for (String n : em.createQuery("select u.name from Unit u where u.active = false", String.class).getResultList()) {
            unitNames.add(n);
        }
        Map<String, RosterValidator.WindowRef> windows = new HashMap<>();
        for (ServiceWindow w : em.createQuery("select w from ServiceWindow w join fetch w.unit", ServiceWindow.class).getResultList()) {
            windows.put(w.getWindowNo(), new RosterValidator.WindowRef(w.getId(), w.getUnit().getId()));
        }
        Map<String, Long> branches = new HashMap<>();
        for (Branch b : em.createQuery("select b from Branch b where b.active = true", Branch.class).getResultList()) {
            branches.put(b.getName(), b.getId());
        }
        Map<String, Long> floors = new HashMap<>();
        for (Floor f : em.createQuery("select f from Floor f", Floor.class).getResultList()) {
            floors.put(String.valueOf(f.getFloorNo()), f.getId());
            floors.put(f.shortLabel(), f.getId());
            floors.put(f.getName(), f.getId());
        }
        Map<String, Long> zones = new HashMap<>();
        for (Zone z : em.createQuery("select z from Zone z join fetch z.floor", Zone.class).getResultList()) {
            zones.put(RosterValidator.Reference.zoneKey(z.getFloor().getId(), z.getCode()), z.getId());
        }
        Set<String> staffNos = new HashSet<>(em.createQuery("select upper(s.staffNo) from Staff s", String.class).getResultList());
        return new RosterValidator.Reference(units, windows, branches, floors, zones, staffNos, unitNames);
    }

    /** The template to download, with the allowed values on its second sheet. */
    @RolesAllowed(Role.Names.ADMIN)
    public byte[] template(ImportKind kind) {
        Map<String, List<String>> help = new LinkedHashMap<>();
        List<Unit> units = em.createQuery("select u from Unit u where u.active = true order by u.displayOrder", Unit.class).getResultList();
        List<Branch> branches = em.createQuery("select b from Branch b where b.active = true order by b.displayOrder", Branch.class)
                .getResultList();
        List<String> example;
        switch (kind) {
            case STAFF -> {
                help.put("性别", List.of("男", "女"));
                help.put("政治面貌", java.util.Arrays.stream(PoliticalStatus.values()).map(PoliticalStatus::label).toList());
                help.put("所在单位", units.stream().map(Unit::getName).toList());
                help.put("窗口号", em.createQuery("select w from ServiceWindow w join fetch w.unit where w.active = true order by w.windowNo",
                        ServiceWindow.class).getResultList().stream().map(w -> w.getWindowNo() + "（" + w.getName() + "，"
                        + w.getUnit().getName() + "）").toList());
                help.put("所属支部（党员必填，非党员留空）", branches.stream().map(Branch::getName).toList());
                Unit u = units.isEmpty() ? null : units.get(0);
                example = List.of("QS9001", "李明", "男", "中共党员", u == null ? "县公安局" : u.getName(), "", "",
                        "受理员", "负责窗口受理与咨询", "13812345678", "");
            }
            case UNIT -> {
                help.put("所属支部", branches.stream().map(Branch::getName).toList());
                example = List.of("县档案馆", "档案", branches.isEmpty() ? "" : branches.get(branches.size() - 1).getName(), "20");
            }
            case WINDOW -> {
                help.put("所在单位", units.stream().map(Unit::getName).toList());
                help.put("楼层", em.createQuery("select f from Floor f order by f.floorNo", Floor.class).getResultList().stream()
                        .map(f -> f.getFloorNo() + "（" + f.getName() + "）").toList());
                help.put("区域", em.createQuery("select z from Zone z join fetch z.floor order by z.code", Zone.class).getResultList()
                        .stream().map(z -> z.getCode() + "（" + z.getFloor().getFloorNo() + " 楼 " + z.getName() + "）").toList());
                example = List.of("A20", "不动产咨询", units.isEmpty() ? "" : units.get(0).getName(), "1", "A", "不动产登记政策咨询");
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return RosterSheets.template(kind, example, help);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
