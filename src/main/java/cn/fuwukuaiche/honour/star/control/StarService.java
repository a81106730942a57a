package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.control.StarMappingService;
import cn.fuwukuaiche.honour.star.entity.Comparison;
import cn.fuwukuaiche.honour.star.entity.PeriodKind;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarCriterion;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;
import cn.fuwukuaiche.honour.star.entity.StarSetting;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 五星: the settings and criteria (ADMIN), the proposal of a period's stars with their evidence, the leader's
 * confirmation and rejection (with a reason) and revocation, and the star wall (STAFF their own, a SECRETARY
 * their branch, LEADER and ADMIN everyone). Every decision is audited and fires {@link BoardChanged}.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class StarService {

    @Inject
    SelfDecisionGuard self;

    public static final String STALE = "该候选已被他人处理，请刷新后再试";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    StarMappingService contests;

    @Inject
    Event<BoardChanged> board;

    @Inject
    Event<StarsChanged> starsChanged;

    @Inject
    cn.fuwukuaiche.honour.control.NoticeService notices;

    // ---- settings and criteria ----

    public StarSetting settings() {
        return setting(em);
    }

    static StarSetting setting(EntityManager em) {
        return em.createQuery("select s from StarSetting s order by s.id", StarSetting.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("star_setting 缺少设置行"));
    }

    /** The period the leader judges now: the last one that has ended. */
    public StarPeriod currentPeriod() {
        return StarPeriod.lastEnded(settings().getPeriodKind(), Times.today());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public StarSetting saveSettings(PeriodKind kind, int startMonth, int startDay, long version) {
        if (kind == null) {
            throw new BusinessException("periodKind", "请选择评定周期");
        }
        if (startMonth < 1 || startMonth > 12) {
            throw new BusinessException("yearStart", "表彰年度起始月份应为 1–12");
        }
        if (startDay < 1 || startDay > LocalDate.of(2001, startMonth, 1).lengthOfMonth()) {
            throw new BusinessException("yearStart", "表彰年度起始日期不存在：" + startMonth + "月" + startDay + "日");
        }
        StarSetting s = settings();
        if (s.getVersion() != version) {
            throw new BusinessException("设置已被他人修改，请刷新后再试");
        }
        var before = s.auditState();
        s.set(kind, startMonth, startDay, Times.now(), caller());
        audit.updated(before, s, null);
        starsChanged.fire(new StarsChanged("settings"));
        return s;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public List<StarCriterion> criteria() {
        return em.createQuery("select c from StarCriterion c order by c.star, c.group, c.validFrom, c.id", StarCriterion.class)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public StarCriterion addCriterion(StarKind star, int group, StarMetric metric, Comparison comparison, BigDecimal threshold,
                                      LocalDate validFrom, String note) {
        if (star == null) {
            throw new BusinessException("star", "请选择星");
        }
        if (metric == null) {
            throw new BusinessException("metric", "请选择指标");
        }
        if (comparison == null) {
            throw new BusinessException("comparison", "请选择比较方式");
        }
        if (threshold == null) {
            throw new BusinessException("threshold", "请填写标准值");
        }
        if (group < 1 || group > 9) {
            throw new BusinessException("group", "条件组应为 1–9（同组条件须同时满足，不同组满足其一即可）");
        }
        if (threshold.signum() < 0 || (metric == StarMetric.SATISFACTION && threshold.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessException("threshold", metric == StarMetric.SATISFACTION ? "满意率标准应在 0–100 之间" : "标准值不能为负数");
        }
        if (validFrom == null) {
            throw new BusinessException("validFrom", "请填写生效日期");
        }
        StarCriterion c = new StarCriterion(star, group, metric, comparison, threshold, validFrom,
                note == null || note.isBlank() ? null : note.strip(), Times.now(), caller());
        em.persist(c);
        em.flush();
        audit.created(c, note);
        starsChanged.fire(new StarsChanged("criterion"));
        return c;
    }

    /** Stops a criterion from applying to periods that start on or after {@code until}. */
    @RolesAllowed(Role.Names.ADMIN)
    public StarCriterion retireCriterion(long id, long version, LocalDate until, String reason) {
        StarCriterion c = em.find(StarCriterion.class, id);
        if (c == null || c.getVersion() != version) {
            throw new BusinessException("该标准已被他人修改，请刷新后再试");
        }
        if (until == null) {
            throw new BusinessException("until", "请填写停用日期");
        }
        if (!until.isAfter(c.getValidFrom())) {
            throw new BusinessException("until", "停用日期须晚于生效日期 " + Times.format(c.getValidFrom()));
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写停用原因");
        }
        var before = c.auditState();
        c.setValidUntil(until);
        audit.updated(before, c, reason);
        starsChanged.fire(new StarsChanged("criterion"));
        return c;
    }

    // ---- proposal and decisions ----

    /**
     * Every star the rules propose for the period (earned), plus any decision already taken for the period, each
     * with the person's figures and the checks. Sorted by star, then window.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public List<StarCandidate> candidates(StarPeriod period) {
        List<StarPerson> people = StarFiguresLoader.people(em);
        List<StarFiguresLoader.Prize> prizes = contests.starCandidates(period.start(), period.end()).stream()
                .map(c -> new StarFiguresLoader.Prize(c.staffId(), c.star(), c.contestTitle(), c.prize().label())).toList();
        return propose(em, period, people, prizes);
    }

    public static List<StarCandidate> propose(EntityManager em, StarPeriod period, List<StarPerson> people,
                                       List<StarFiguresLoader.Prize> prizes) {
        Map<Long, StarFigures> figures = StarFiguresLoader.load(em, period, people, prizes);
        List<CriterionRule> rules = StarRules.inForce(em.createQuery("select c from StarCriterion c", StarCriterion.class)
                .getResultList().stream().map(StarCriterion::toRule).toList(), period.start());
        Map<String, StarAward> decided = new HashMap<>();
        for (StarAward a : awards(em, period)) {
            decided.put(a.getStaff().getId() + ":" + a.getStar().name(), a);
        }
        List<StarCandidate> out = new ArrayList<>();
        for (StarKind star : StarKind.values()) {
            for (StarPerson p : people) {
                StarFigures f = figures.get(p.staffId());
                StarVerdict v = StarRules.evaluate(star, rules, f);
                StarAward a = decided.get(p.staffId() + ":" + star.name());
                if (v.earned() || a != null) {
                    out.add(new StarCandidate(period, p, star, v, f, a == null ? null : a.getStatus(), a == null ? null : a.getId(),
                            a == null ? null : a.getReason()));
                }
            }
        }
        return out;
    }

    static List<StarAward> awards(EntityManager em, StarPeriod period) {
        return em.createQuery("select a from StarAward a join fetch a.staff where a.periodStart = :s and a.periodKind = :k",
                StarAward.class).setParameter("s", period.start()).setParameter("k", period.kind()).getResultList();
    }

    /** Confirms the proposed stars named by {@code keys} ("staffId:STAR"); each must still be earned and undecided. */
    @RolesAllowed(Role.Names.LEADER)
    public int confirm(StarPeriod period, Collection<String> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new BusinessException("请先勾选要确认的候选人");
        }
        cn.fuwukuaiche.base.time.PeriodCheck.refusal(period.label(), period.end(), "评定星级").ifPresent(why -> {
            throw new BusinessException("period", why);
        });
        Map<String, StarCandidate> byKey = new HashMap<>();
        candidates(period).forEach(c -> byKey.put(c.key(), c));
        int n = 0;
        for (String key : keys) {
            StarCandidate c = byKey.get(key);
            if (c == null || !c.verdict().earned()) {
                throw new BusinessException("该人员本期不符合此星标准（数据可能已变化），请刷新后再试");
            }
            if (!c.pending()) {
                throw new BusinessException(STALE);
            }
            self.check(ConflictOfInterest.Step.STAR_DECISION, c.person().staffId());
            decide(c, StarAwardStatus.CONFIRMED, null);
            n++;
        }
        board.fire(BoardChanged.of("honour.star.confirmed"));
        starsChanged.fire(new StarsChanged("confirmed"));
        return n;
    }

    /** Rejects one proposed star with a reason the person can be told. */
    @RolesAllowed(Role.Names.LEADER)
    public void reject(StarPeriod period, String key, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写不予确认的原因");
        }
        cn.fuwukuaiche.base.time.PeriodCheck.refusal(period.label(), period.end(), "评定星级").ifPresent(why -> {
            throw new BusinessException("period", why);
        });
        StarCandidate c = candidates(period).stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new BusinessException("该人员本期不在候选名单中"));
        if (!c.pending()) {
            throw new BusinessException(STALE);
        }
        self.check(ConflictOfInterest.Step.STAR_DECISION, c.person().staffId());
        decide(c, StarAwardStatus.REJECTED, reason.strip());
        starsChanged.fire(new StarsChanged("rejected"));
    }

    private void decide(StarCandidate c, StarAwardStatus status, String reason) {
        Staff staff = em.find(Staff.class, c.person().staffId());
        ServiceWindow window = c.person().windowId() == null ? null : em.find(ServiceWindow.class, c.person().windowId());
        StarAward a = new StarAward(staff, window, c.star(), c.period().kind(), c.period().start(), c.period().end(), c.period().label());
        a.decide(status, c.figures().encode(c.star()), c.verdict().evidenceText(), reason, Times.now(), caller());
        em.persist(a);
        em.flush();
        audit.event(status == StarAwardStatus.CONFIRMED ? AuditAction.AWARD : AuditAction.DECISION, "五星", a.getId(),
                (status == StarAwardStatus.CONFIRMED ? "确认" : "不予确认") + " " + a.auditLabel(),
                "依据：" + a.getCriteriaText() + "\n数据：" + a.getEvidence(), reason);
    }

    /** Subject type of a star on public notice (公示). */
    public static final String NOTICE_SUBJECT = "STAR";

    /**
     * Puts a confirmed star to public notice (公示) for the default working days; the reason is the public text
     * (the deeds or the figures it was awarded on, without private data).
     */
    @RolesAllowed(Role.Names.LEADER)
    public cn.fuwukuaiche.honour.entity.PublicNotice putToNotice(long awardId, long version, String reason) {
        StarAward a = em.find(StarAward.class, awardId);
        if (a == null || a.getVersion() != version || !StarRules.standing(a.getStatus())) {
            throw new BusinessException(STALE);
        }
        return notices.open(NOTICE_SUBJECT, a.getId(), a.getStar().label() + "（" + a.getPeriodLabel() + "）",
                a.getStaff().getName() + (a.getWindow() == null ? "" : "（" + a.getWindow().label() + "）"), reason);
    }

    /** An upheld objection during the star's 公示 takes the star back (called inside the leader's decision). */
    @RolesAllowed(Role.Names.LEADER)
    public void withdrawAfterObjection(long awardId, String reason) {
        StarAward a = em.find(StarAward.class, awardId);
        if (a == null || !StarRules.standing(a.getStatus())) {
            return;
        }
        a.revoke(reason, Times.now(), caller());
        audit.event(AuditAction.REVOKE, "五星", a.getId(), "公示异议成立，撤回 " + a.auditLabel(), "依据：" + a.getCriteriaText(),
                reason);
        board.fire(BoardChanged.of("honour.star.withdrawn"));
        starsChanged.fire(new StarsChanged("withdrawn"));
    }

    /** Takes back a confirmed star, with a reason. */
    @RolesAllowed(Role.Names.LEADER)
    public StarAward revoke(long awardId, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写撤销原因");
        }
        StarAward a = em.find(StarAward.class, awardId);
        if (a == null || a.getVersion() != version || !StarRules.standing(a.getStatus())) {
            throw new BusinessException(STALE);
        }
        a.revoke(reason.strip(), Times.now(), caller());
        audit.event(AuditAction.REVOKE, "五星", a.getId(), "撤销 " + a.auditLabel(), "依据：" + a.getCriteriaText(), reason);
        board.fire(BoardChanged.of("honour.star.revoked"));
        starsChanged.fire(new StarsChanged("revoked"));
        return a;
    }

    // ---- star wall ----

    /** The people whose star wall the caller may open (STAFF: themselves). */
    public List<StarPerson> wallPeople() {
        Scope s = scope();
        return StarFiguresLoader.people(em).stream().filter(s::covers).toList();
    }

    /**
     * The stars confirmed for periods ending in the year, of the people the caller may see (the leader: the hall) —
     * the records behind the yearly report's 星级评定 figure ({@link StarYearFigures}: the same status and periods).
     */
    public List<StarAward> confirmedInYear(int year) {
        java.util.Set<Long> seen = wallPeople().stream().map(StarPerson::staffId).collect(java.util.stream.Collectors.toSet());
        return em.createQuery("select a from StarAward a join fetch a.staff left join fetch a.window where a.status = :s "
                        + "and a.periodEnd >= :f and a.periodEnd < :t order by a.periodStart desc, a.star, a.id", StarAward.class)
                .setParameter("s", StarAwardStatus.CONFIRMED).setParameter("f", java.time.LocalDate.of(year, 1, 1))
                .setParameter("t", java.time.LocalDate.of(year + 1, 1, 1)).getResultList().stream()
                .filter(a -> seen.contains(a.getStaff().getId())).toList();
    }

    /** A person's confirmed (and revoked) stars over time, newest first; within the caller's scope only. */
    public List<StarAward> wall(long staffId) {
        StarPerson p = StarFiguresLoader.people(em).stream().filter(x -> x.staffId() == staffId).findFirst()
                .orElseThrow(() -> new BusinessException("没有这位工作人员"));
        if (!scope().covers(p)) {
            throw new BusinessException("只能查看本人（或本支部）的星级");
        }
        return em.createQuery("select a from StarAward a join fetch a.staff left join fetch a.window where a.staff.id = :s "
                        + "and a.status <> :r order by a.periodStart desc, a.star", StarAward.class)
                .setParameter("s", staffId).setParameter("r", StarAwardStatus.REJECTED).getResultList();
    }

    /** The caller's own staff id, if the account is linked to a person. */
    public Optional<Long> myStaffId() {
        return currentUser.account().map(UserAccount::getStaffId);
    }

    record Scope(boolean all, Long branchId, Long staffId) {
        boolean covers(StarPerson p) {
            return all || (branchId != null && Objects.equals(branchId, p.branchId()))
                    || (staffId != null && staffId == p.staffId());
        }
    }

    private Scope scope() {
        if (currentUser.isAny(Role.ADMIN, Role.LEADER)) {
            return new Scope(true, null, null);
        }
        UserAccount me = currentUser.account().orElse(null);
        return new Scope(false, me != null && currentUser.is(Role.SECRETARY) ? me.getBranchId() : null,
                me == null ? null : me.getStaffId());
    }

    private String caller() {
        return currentUser.username().orElse("?");
    }

}
