package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Party branches (党支部): a branch's members, and ADMIN's edit of its secretary, business area and floors. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class BranchService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    /** Sets a branch's secretary (must be a 中共党员 of that branch), business area and floors. */
    @RolesAllowed(Role.Names.ADMIN)
    public Branch updateBranch(long id, long expectedVersion, Long secretaryStaffId, String businessArea, Set<Long> floorIds,
                               String reason) {
        Branch b = em.find(Branch.class, id);
        return updateBranch(id, expectedVersion, secretaryStaffId, businessArea, floorIds,
                b == null ? null : b.getTermStart(), b == null ? null : b.getTermEnd(), reason);
    }

    /** As above, with the branch committee's term (党组织换届: both dates or neither; the end after the start). */
    @RolesAllowed(Role.Names.ADMIN)
    public Branch updateBranch(long id, long expectedVersion, Long secretaryStaffId, String businessArea, Set<Long> floorIds,
                               java.time.LocalDate termStart, java.time.LocalDate termEnd, String reason) {
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
        ElectionRules.termProblem(termStart, termEnd).ifPresent(m -> {
            throw new BusinessException(termStart == null ? "termStart" : "termEnd", m);
        });
        b.setTerm(termStart, termEnd);
        em.flush();
        audit.updated(before, b, reason);
        return b;
    }

    /** Party members of a branch (candidates for its secretary). */
    public List<Staff> membersOf(long branchId) {
        return em.createQuery("select s from Staff s where s.branch.id = :b and s.active = true order by s.staffNo", Staff.class)
                .setParameter("b", branchId).getResultList();
    }
}
