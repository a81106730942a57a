package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.db.JpqlFilter;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.StaffPhoto;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff records (工作人员) for people: the caller's scope, lists, one record, edits and photos, each checked against
 * that scope. ADMIN edits everything; LEADER sees everything; SECRETARY sees and edits the staff of their own branch
 * (people of the units the branch covers, and the branch's members); STAFF see their own window's colleagues and
 * their own record. Every change is audited in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class StaffService {

    public static final String MSG_OUT_OF_SCOPE = "您只能查看或编辑本支部（本窗口）的人员";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Event<StaffSaved> staffSaved;

    @Inject
    CurrentUser currentUser;

    @Resource
    SessionContext context;

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

    // ---- staff edits ------------------------------------------------------------------------------

    /** A staff form's data. */
    public record StaffForm(String staffNo, String name, Gender gender, PoliticalStatus status, Long unitId, Long windowId,
                            Long branchId, Long partyGroupId, String post, String duties, String phone, String idCardNo,
                            boolean active) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    public Staff createStaff(StaffForm form) {
        Staff s = new Staff(OrgWrites.trim(form.staffNo()), OrgWrites.trim(form.name()), form.gender(), form.status(), null);
        OrgWrites.applyStaffForm(em, s, form);
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
        OrgWrites.applyStaffForm(em, s, form);
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

    /**
     * 发展党员 (partylife.pipeline): the 政治面貌 changes on the general branch's approval — 预备党员 on 审批, 中共党员 on
     * 转正 (or back on 取消资格), and the person belongs to the branch that developed him. ADMIN and LEADER for every
     * branch, a SECRETARY for his own; audited with the reason; {@link StaffSaved} lets the membership periods follow.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public Staff changePartyStatus(long staffId, PoliticalStatus status, long branchId, String reason) {
        Staff s = em.find(Staff.class, staffId);
        Branch branch = em.find(Branch.class, branchId);
        if (s == null || branch == null) {
            throw new BusinessException(s == null ? "该人员不存在" : "所选支部不存在");
        }
        Scope scope = scope();
        if (!scope.seesAll() && (scope.branchId() == null || scope.branchId() != branchId)) {
            throw new BusinessException(MSG_OUT_OF_SCOPE);
        }
        Map<String, Object> before = s.auditState();
        s.setPoliticalStatus(status);
        if (status.isPartyMember()) {
            s.setBranch(branch);
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
}
