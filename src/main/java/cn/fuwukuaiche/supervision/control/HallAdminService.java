package cn.fuwukuaiche.supervision.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.hall.HallContext;
import cn.fuwukuaiche.base.hall.HallOpened;
import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.org.control.HallService;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.supervision.entity.SupervisorOffice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The super admin's page (SUPER_ADMIN only): a new hall with its skeleton and its first ADMIN in one transaction (a
 * refusal of either leaves nothing), the supervising offices, which halls each supervises, and their accounts.
 */
@Stateless
@RolesAllowed(Role.Names.SUPER_ADMIN)
public class HallAdminService {

    @PersistenceContext
    EntityManager em;

    @Inject
    HallService halls;

    @Inject
    UserService users;

    @Inject
    OrgDirectory org;

    @Inject
    AuditService audit;

    @Inject
    Event<HallOpened> opened;

    @Resource
    SessionContext context;

    /** A hall with the offices that supervise it. */
    public record HallRow(long id, String code, String name, String county, String address, List<String> offices) {
    }

    public List<HallRow> halls() {
        List<SupervisorOffice> offices = offices();
        return org.halls().stream().map(h -> new HallRow(h.getId(), h.getCode(), h.getName(), h.getCounty(), h.getAddress(),
                offices.stream().filter(o -> o.getHallIds().contains(h.getId())).map(SupervisorOffice::getName).toList())).toList();
    }

    public List<SupervisorOffice> offices() {
        return em.createQuery("select o from SupervisorOffice o order by o.name", SupervisorOffice.class).getResultList();
    }

    /** The new hall and its first administrator's one-time password (shown once). */
    public record NewHall(long hallId, String code, String adminUsername, String oneTimePassword) {
    }

    /**
     * Opens a hall: its row (in a transaction of no hall: the hall is above the boundary), then, in a transaction of
     * the new hall, its skeleton, its first ADMIN and what each area gives a new hall ({@link HallOpened}: settings,
     * meeting kinds, star criteria). The whole form is checked first, so a refusal names its field and writes nothing;
     * should the second step fail all the same, the row is taken back. Refusals name the field: code, name, county,
     * address, username, displayName.
     */
    public NewHall createHall(HallService.HallForm form, String adminUsername, String adminName) {
        halls.check(form);
        users.checkAboveHall(adminUsername, adminName, Role.ADMIN);
        String by = context.getCallerPrincipal().getName();
        long hallId = HallScope.call(HallContext.NO_HALL, () -> halls.create(form, null).getId());
        try {
            return HallScope.call(hallId, () -> {
                halls.skeleton(hallId, null);
                UserService.CreatedAccount admin = users.createAboveHall(adminUsername, adminName, Role.ADMIN, null);
                Hall hall = em.find(Hall.class, hallId);
                opened.fire(new HallOpened(hallId, hall.getCode(), by));
                return new NewHall(hallId, hall.getCode(), admin.username(), admin.oneTimePassword());
            });
        } catch (RuntimeException e) {
            HallScope.run(HallContext.NO_HALL, () -> halls.discard(hallId, "开设未完成，已撤回"));
            throw e;
        }
    }

    public SupervisorOffice createOffice(String name, String region) {
        String n = name == null ? "" : name.strip();
        cn.fuwukuaiche.org.control.HallRules.nameProblem("单位名称", name, 64).ifPresent(p -> {
            throw new BusinessException("name", p);
        });
        if (!em.createQuery("select o.id from SupervisorOffice o where o.name = :n", Long.class).setParameter("n", n)
                .getResultList().isEmpty()) {
            throw new BusinessException("name", "已有同名的上级主管单位");
        }
        SupervisorOffice o = new SupervisorOffice(n, region == null || region.isBlank() ? null : region.strip());
        em.persist(o);
        em.flush();
        audit.created(o, null);
        return o;
    }

    /** Sets which halls the office supervises. */
    public SupervisorOffice assign(long officeId, long expectedVersion, Set<Long> hallIds, String reason) {
        SupervisorOffice o = em.find(SupervisorOffice.class, officeId);
        if (o == null) {
            throw new BusinessException("该上级主管单位不存在");
        }
        if (o.getVersion() != expectedVersion) {
            throw new OptimisticLockException("上级主管单位已被他人修改");
        }
        Set<Long> known = new TreeSet<>();
        org.halls().forEach(h -> known.add(h.getId()));
        if (!known.containsAll(hallIds)) {
            throw new BusinessException("halls", "所选中心不存在");
        }
        Map<String, Object> before = o.auditState();
        o.getHallIds().clear();
        o.getHallIds().addAll(hallIds);
        em.flush();
        audit.updated(before, o, reason);
        return o;
    }

    /** A SUPERVISOR account of the office, with its one-time password. */
    public UserService.CreatedAccount createSupervisor(long officeId, String username, String displayName) {
        if (em.find(SupervisorOffice.class, officeId) == null) {
            throw new BusinessException("office", "请选择上级主管单位");
        }
        return users.createAboveHall(username, displayName, Role.SUPERVISOR, officeId);
    }
}
