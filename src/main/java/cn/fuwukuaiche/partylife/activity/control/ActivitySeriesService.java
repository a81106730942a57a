package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.partylife.activity.entity.ActivitySeries;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 创先争优 activity series: everyone who records activities reads them; the leader and ADMIN create and change them.
 * A change may not leave an activity already recorded outside the period or its branch outside the series. Audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class ActivitySeriesService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    AuditService audit;

    /** Every series, the latest first. */
    public List<ActivitySeries> all() {
        return em.createQuery("select s from ActivitySeries s order by s.periodFrom desc, s.id desc", ActivitySeries.class)
                .getResultList();
    }

    public ActivitySeries get(long id) {
        ActivitySeries s = em.find(ActivitySeries.class, id);
        if (s == null) {
            throw new BusinessException("series", "该活动系列不存在");
        }
        return s;
    }

    /** What the series form sends. */
    public record SeriesForm(String name, LocalDate from, LocalDate to, String goal, Set<Long> branchIds) {
    }

    /** Creates ({@code id} null) or changes a series. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public ActivitySeries save(Long id, long expectedVersion, SeriesForm f) {
        String name = Input.requireSingleLine("name", "系列名称", f.name());
        if (name == null) {
            throw new BusinessException("name", "请填写系列名称");
        }
        if (name.length() > 64) {
            throw new BusinessException("name", "系列名称不能超过 64 个字");
        }
        if (f.from() == null) {
            throw new BusinessException("from", "请填写开始日期");
        }
        if (f.to() == null) {
            throw new BusinessException("to", "请填写结束日期");
        }
        if (f.to().isBefore(f.from())) {
            throw new BusinessException("to", "结束日期不能早于开始日期");
        }
        if (f.to().isAfter(f.from().plusYears(3))) {
            throw new BusinessException("to", "一个活动系列最长三年");
        }
        String goal = Input.requireMultiLine("goal", "活动目标", f.goal());
        if (goal != null && goal.length() > 1000) {
            throw new BusinessException("goal", "活动目标不能超过 1000 个字");
        }
        Set<Long> branches = new TreeSet<>(f.branchIds() == null ? Set.of() : f.branchIds());
        if (branches.isEmpty()) {
            throw new BusinessException("branches", "请选择参加的支部");
        }
        Map<Long, String> known = org.branchNames();
        if (!known.keySet().containsAll(branches)) {
            throw new BusinessException("branches", "所选支部不存在");
        }
        ActivitySeries s;
        if (id == null) {
            s = new ActivitySeries(name, f.from(), f.to(), goal, branches);
            em.persist(s);
            em.flush();
            audit.created(s, null);
            return s;
        }
        s = get(id);
        if (s.getVersion() != expectedVersion) {
            throw new OptimisticLockException("活动系列已被他人修改");
        }
        Long outside = em.createQuery("select count(a) from Activity a where a.series = :s and (a.heldOn < :f or a.heldOn > :t)",
                Long.class).setParameter("s", s).setParameter("f", f.from()).setParameter("t", f.to()).getSingleResult();
        if (outside > 0) {
            throw new BusinessException("from", "已有 " + outside + " 次活动不在新的期间内，请先调整这些活动");
        }
        List<Long> used = em.createQuery("select distinct a.branchId from Activity a where a.series = :s", Long.class)
                .setParameter("s", s).getResultList();
        List<String> dropped = used.stream().filter(b -> !branches.contains(b)).map(b -> known.getOrDefault(b, "#" + b)).toList();
        if (!dropped.isEmpty()) {
            throw new BusinessException("branches", String.join("、", dropped) + "已有本系列活动记录，不能移出");
        }
        Map<String, Object> before = s.auditState();
        s.setName(name);
        s.setPeriodFrom(f.from());
        s.setPeriodTo(f.to());
        s.setGoal(goal);
        s.setBranchIds(branches);
        em.flush();
        audit.updated(before, s, null);
        return s;
    }
}
