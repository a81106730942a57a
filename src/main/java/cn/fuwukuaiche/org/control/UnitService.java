package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.base.db.JpqlFilter;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hall's units (进驻单位): the list with its counts for everyone who sees the organisation, edits for ADMIN. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class UnitService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

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
            u = new Unit(OrgWrites.hall(em), name, OrgWrites.trim(f.shortName()), branch, f.displayOrder());
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
            u.setShortName(OrgWrites.trim(f.shortName()));
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
}
