package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.BranchKind;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.GeneralBranch;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * New halls (SUPER_ADMIN only): the hall with the skeleton its organisation needs before its ADMIN takes over — the
 * first floor, the 党总支 and its central branch (中心党支部); units, windows and staff are the hall ADMIN's.
 */
@Stateless
@RolesAllowed(Role.Names.SUPER_ADMIN)
public class HallService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    public record HallForm(String code, String name, String county, String address) {
    }

    /**
     * Creates the hall's row alone (a hall is above the boundary, so this runs in a transaction of no hall); refuses a
     * bad or taken code (field {@code code}), a taken name and bad county or address. The hall's own records come
     * next, in a transaction for the new hall ({@link #skeleton}).
     */
    public Hall create(HallForm form, String reason) {
        String code = HallRules.normalCode(form.code());
        check(form);
        Hall hall = new Hall(code, form.name().strip(), form.county().strip(), address(form));
        em.persist(hall);
        em.flush();
        audit.created(hall, reason);
        return hall;
    }

    /** Refuses what {@link #create} would refuse, writing nothing (a caller checks the whole form before it starts). */
    public void check(HallForm form) {
        HallRules.codeProblem(form.code()).ifPresent(p -> {
            throw new BusinessException("code", p);
        });
        String code = HallRules.normalCode(form.code());
        check("name", "中心名称", form.name(), 64);
        check("county", "县（区）", form.county(), 64);
        address(form);
        if (!em.createQuery("select h.id from Hall h where h.code = :c", Long.class).setParameter("c", code).getResultList().isEmpty()) {
            throw new BusinessException("code", "中心代码“" + code + "”已被使用");
        }
        if (!em.createQuery("select h.id from Hall h where h.name = :n", Long.class).setParameter("n", form.name().strip())
                .getResultList().isEmpty()) {
            throw new BusinessException("name", "已有同名的政务服务中心");
        }
    }

    /**
     * The skeleton a hall's organisation needs before its ADMIN takes over — the first floor, the 党总支 and its central
     * branch — written in the transaction of that hall ({@code HallScope}).
     */
    public void skeleton(long hallId, String reason) {
        Hall hall = em.find(Hall.class, hallId);
        Floor floor = new Floor(hall, 1, "一楼");
        em.persist(floor);
        GeneralBranch general = new GeneralBranch(hall, "中共" + hall.getName() + "总支部委员会");
        em.persist(general);
        Branch central = new Branch(general, "中心党支部", BranchKind.CENTRAL, 0);
        em.persist(central);
        em.flush();
        audit.created(general, reason);
        audit.created(central, reason);
    }

    /** Takes back a hall whose opening failed after its row was written (nothing of it exists but the row). */
    public void discard(long hallId, String reason) {
        Hall hall = em.find(Hall.class, hallId);
        if (hall != null) {
            audit.deleted(hall, reason);
            em.remove(hall);
        }
    }

    private static String address(HallForm form) {
        String address = Input.requireSingleLine("address", "地址", form.address());
        if (address != null && address.length() > 200) {
            throw new BusinessException("address", "地址最多 200 个字");
        }
        return address;
    }

    private static void check(String field, String label, String value, int max) {
        HallRules.nameProblem(label, value, max).ifPresent(p -> {
            throw new BusinessException(field, p);
        });
    }
}
