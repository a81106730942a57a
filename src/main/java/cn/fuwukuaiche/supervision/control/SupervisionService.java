package cn.fuwukuaiche.supervision.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.hall.HallContests;
import cn.fuwukuaiche.base.hall.HallFlags;
import cn.fuwukuaiche.base.hall.HallNetwork;
import cn.fuwukuaiche.base.hall.HallRatings;
import cn.fuwukuaiche.base.hall.ComparedHalls;
import cn.fuwukuaiche.base.hall.HallStars;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.security.control.AccountDirectory;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import cn.fuwukuaiche.supervision.entity.CityNotice;
import cn.fuwukuaiche.supervision.entity.SupervisorOffice;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's side (SUPERVISOR only): the comparison of the halls of the caller's own office — read-only, it
 * changes no hall's record — and the office's city-wide notices (its own records, audited). Each area's figures
 * come through a {@code base.hall} face in one grouped query; an undeployed area leaves its column empty.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class SupervisionService {

    /** Months of the 满意率 trend, the chosen month last. */
    public static final int TREND_MONTHS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    @Inject
    OrgDirectory org;

    @Inject
    AuditService audit;

    @Inject
    Instance<HallRatings> ratings;

    @Inject
    Instance<HallFlags> flags;

    @Inject
    Instance<HallStars> stars;

    @Inject
    Instance<HallNetwork> network;

    @Inject
    Instance<HallContests> contests;

    @Inject
    jakarta.enterprise.event.Event<cn.fuwukuaiche.base.board.BoardChanged> board;

    @Resource
    SessionContext context;

    /** The caller's office; refused when the account is linked to none. */
    public SupervisorOffice office() {
        UserAccount me = accounts.byUsername(context.getCallerPrincipal().getName()).orElse(null);
        SupervisorOffice office = me == null || me.getSupervisorOfficeId() == null ? null
                : em.find(SupervisorOffice.class, me.getSupervisorOfficeId());
        if (office == null) {
            throw new BusinessException("您的账号未关联上级主管单位，请联系超级管理员");
        }
        return office;
    }

    /** The halls of the caller's office, by code. */
    public List<HallComparison.HallInfo> halls() {
        SupervisorOffice office = office();
        return org.halls().stream().filter(h -> office.getHallIds().contains(h.getId()))
                .map(h -> new HallComparison.HallInfo(h.getId(), h.getCode(), h.getName()))
                .sorted(Comparator.comparing(HallComparison.HallInfo::code)).toList();
    }

    /** The office's halls compared for {@code month} (and the 满意率 trend of the months before it). */
    public HallComparison.Result compare(YearMonth month) {
        List<HallComparison.HallInfo> halls = halls();
        ComparedHalls scope = org.hallScope(halls.stream().map(HallComparison.HallInfo::id).collect(java.util.stream.Collectors.toSet()));
        YearMonth from = month.minusMonths(TREND_MONTHS - 1L);
        return HallComparison.compare(halls, month, TREND_MONTHS,
                ratings.isResolvable() ? ratings.get().tallies(scope, from, month) : List.of(),
                flags.isResolvable() ? flags.get().holders(scope) : Map.of(),
                stars.isResolvable() ? stars.get().confirmed(scope, month.getYear()) : Map.of(),
                network.isResolvable() ? network.get().cases(scope, month) : Map.of(),
                contests.isResolvable() ? contests.get().prizes(scope, month.getYear()) : Map.of());
    }

    public record NoticeForm(String title, String body, LocalDate from, LocalDate until) {
    }

    /** The office's notices, newest first. */
    public List<CityNotice> notices() {
        return em.createQuery("select n from CityNotice n where n.office.id = :o order by n.publishedAt desc", CityNotice.class)
                .setParameter("o", office().getId()).getResultList();
    }

    /** Publishes a notice to the screens of all the office's halls for its days. */
    public CityNotice publish(NoticeForm form) {
        SupervisorOffice office = office();
        String title = Input.requireSingleLine("title", "标题", form.title());
        if (title == null) {
            throw new BusinessException("title", "请输入标题");
        }
        if (title.length() > 60) {
            throw new BusinessException("title", "标题最多 60 个字");
        }
        String body = Input.requireSingleLine("body", "内容", form.body());
        if (body == null) {
            throw new BusinessException("body", "请输入内容");
        }
        if (body.length() > 300) {
            throw new BusinessException("body", "内容最多 300 个字");
        }
        LocalDate today = Times.today();
        if (form.from() == null) {
            throw new BusinessException("from", "请选择展示开始日期");
        }
        if (form.until() == null) {
            throw new BusinessException("until", "请选择展示结束日期");
        }
        Input.requireDate("from", "展示开始日期", form.from(), today, today.plusYears(1));
        Input.requireDate("until", "展示结束日期", form.until(), today, today.plusYears(1));
        if (form.until().isBefore(form.from())) {
            throw new BusinessException("until", "结束日期不能早于开始日期");
        }
        if (form.until().isAfter(form.from().plusDays(90))) {
            throw new BusinessException("until", "一条通知最多展示 90 天");
        }
        CityNotice n = new CityNotice(office, title, body, form.from(), form.until(), Times.now(),
                context.getCallerPrincipal().getName());
        em.persist(n);
        em.flush();
        audit.created(n, null);
        board.fire(cn.fuwukuaiche.base.board.BoardChanged.of("supervision.notice.published"));
        return n;
    }

    /** Takes a notice off the screens before its last day. */
    public void withdraw(long id, long expectedVersion, String reason) {
        CityNotice n = em.find(CityNotice.class, id);
        if (n == null || !n.getOffice().getId().equals(office().getId())) {
            throw new BusinessException("该通知不存在");
        }
        if (n.getVersion() != expectedVersion) {
            throw new OptimisticLockException("通知已被他人修改");
        }
        if (n.getWithdrawnAt() != null) {
            throw new BusinessException("该通知已撤回");
        }
        n.withdraw(Times.now(), context.getCallerPrincipal().getName());
        audit.event(AuditAction.REVOKE, n.auditType(), n.getId(), "撤回全市通知 " + n.getTitle(), null, reason);
        board.fire(cn.fuwukuaiche.base.board.BoardChanged.of("supervision.notice.withdrawn"));
    }
}
