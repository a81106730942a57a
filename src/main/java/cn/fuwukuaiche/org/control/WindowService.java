package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.base.db.JpqlFilter;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.org.entity.Zone;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/** The hall's service windows (窗口): the list for everyone who sees the organisation, edits for ADMIN. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class WindowService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

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

}
