package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RankingService;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshot;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshotLine;
import cn.fuwukuaiche.honour.entity.AwardStatus;
import cn.fuwukuaiche.honour.entity.RedFlagAward;
import cn.fuwukuaiche.honour.entity.RedFlagRule;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 流动红旗: the month's proposal from the confirmed ranking, the leader's award (any other window needs a
 * reason), revocation with a reason, the history, streaks and counts, and the ADMIN's optional rule. One
 * standing award per month: the unique constraint on {@code active_ym} refuses a second concurrent award.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class FlagService {

    public static final String SUBJECT = "RED_FLAG";
    static final String ALREADY = "已授予";

    @PersistenceContext
    EntityManager em;

    @Inject
    RankingService ranking;

    @Inject
    AuditService audit;

    @Inject
    Event<BoardChanged> board;

    @Inject
    NoticeService notices;

    @Inject
    OrgDirectory org;

    @Resource
    SessionContext context;

    /**
     * The month as the flag page shows it.
     *
     * @param blocked  why the month cannot be awarded now (not confirmed yet, not over yet), or null
     * @param places   the confirmed ranking's places (as it stood), empty until confirmed
     * @param award    the standing award, if any
     * @param whyNot   per window, why it cannot get the flag (veto, rule), absent when it can
     */
    public record MonthView(YearMonth month, String blocked, RankingSnapshot snapshot, List<FlagRules.Place> places,
                            Optional<FlagRules.Place> proposal, Optional<RedFlagAward> award, Map<Long, String> whyNot,
                            Integer maxRunning) {
    }

    public MonthView month(YearMonth month) {
        Optional<RedFlagAward> award = standing(month);
        Integer max = maxRunning();
        Optional<String> running = cn.fuwukuaiche.base.time.PeriodCheck.refusal(HonourCallers.monthLabel(month),
                month.atEndOfMonth(), "授予流动红旗");
        if (running.isPresent()) {
            return new MonthView(month, running.get() + "；月度考评确认后才能授予", null,
                    List.of(), Optional.empty(), award, Map.of(), max);
        }
        Optional<RankingSnapshot> snap = ranking.confirmedRanking(AssessmentSubject.WINDOW, month);
        if (snap.isEmpty()) {
            return new MonthView(month, notConfirmedWhy(month), null, List.of(), Optional.empty(), award, Map.of(), max);
        }
        List<FlagRules.Place> places = places(snap.get());
        Map<Long, Integer> before = streakBefore(month);
        Map<Long, String> whyNot = new HashMap<>();
        places.forEach(p -> {
            String w = FlagRules.whyNot(p, before, max);
            if (w != null) {
                whyNot.put(p.windowId(), w);
            }
        });
        return new MonthView(month, null, snap.get(), places, FlagRules.proposal(places, before, max), award, whyNot, max);
    }

    private String notConfirmedWhy(YearMonth month) {
        String label = HonourCallers.monthLabel(month);
        try {
            RankingMonth m = ranking.month(AssessmentSubject.WINDOW, month);
            if (m.rows().isEmpty()) {
                return label + "没有窗口考评表，不能授予流动红旗";
            }
            long approved = m.rows().stream().filter(r -> r.item().subject().status() == AssessmentStatus.APPROVED).count();
            if (approved == m.rows().size()) {
                return label + "窗口考评已全部审核通过（" + approved + " 份），但中心领导尚未在「月度排名」确认本月排名；"
                       + "确认后即可授予流动红旗";
            }
            return label + "窗口考评尚未全部审核通过（已审核 " + approved + "/" + m.rows().size()
                   + "），排名确认后才能授予流动红旗";
        } catch (BusinessException e) {
            return label + "：" + e.getMessage();
        }
    }

    public static List<FlagRules.Place> places(RankingSnapshot s) {
        return s.getLines().stream().sorted(Comparator.comparingInt(RankingSnapshotLine::getLineNo))
                .map(l -> new FlagRules.Place(l.getWindowId(), l.getSubjectLabel(), l.getPlaceNo(), l.getTotalPoints(),
                        l.isEligible() && !l.isVetoed())).toList();
    }

    /** The leader awards the month's flag to a window; any other window than the proposal needs a reason. */
    @RolesAllowed(Role.Names.LEADER)
    public RedFlagAward award(YearMonth month, long windowId, String reason) {
        MonthView v = month(month);
        if (v.blocked() != null) {
            throw new BusinessException(v.blocked());
        }
        if (v.award().isPresent()) {
            throw alreadyAwarded(month, v.award().get());
        }
        FlagRules.Place chosen = v.places().stream().filter(p -> p.windowId() == windowId).findFirst()
                .orElseThrow(() -> new BusinessException("window", "该窗口不在" + HonourCallers.monthLabel(month) + "的确认排名中"));
        String why = FlagRules.checkChoice(chosen, v.proposal(), reason, streakBefore(month), v.maxRunning());
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        Long unitId = w == null || w.getUnit() == null ? null : w.getUnit().getId();
        Long branchId = w == null || w.branch() == null ? null : w.branch().getId();
        FlagRules.Place p = v.proposal().orElse(null);
        RedFlagAward a = new RedFlagAward(month, windowId, chosen.label(), unitId, branchId, v.snapshot().getId(),
                v.snapshot().getRevision(), p == null ? null : p.windowId(), p == null ? null : p.rank(),
                p == null ? null : p.total(), chosen.rank(), chosen.total(), why, Times.now(), HonourCallers.caller(context));
        try {
            em.persist(a);
            em.flush();
        } catch (PersistenceException e) {
            // a concurrent award of the same month committed first: the unique constraint on active_ym
            throw new BusinessException(HonourCallers.monthLabel(month) + "的流动红旗刚刚已由他人授予，不能重复授予；请刷新后查看");
        }
        audit.event(AuditAction.AWARD, "流动红旗", a.getId(), "授予" + a.monthLabel() + "流动红旗：" + chosen.label(),
                inputs(v, chosen), why);
        List<Long> earlier = em.createQuery("select a.id from RedFlagAward a where a.periodYm = :m and a.id <> :id", Long.class)
                .setParameter("m", RedFlagAward.ym(month)).setParameter("id", a.getId()).getResultList();
        if (notices.everNoticed(SUBJECT, earlier)) {
            // the public saw the month's earlier award and its withdrawal: the re-award goes to notice at once
            NoticeService.Draft d = noticeDraft(a, true);
            notices.open(d.subjectType(), d.subjectId(), d.honourText(), d.subjectName(), d.reason());
        }
        board.fire(BoardChanged.of("honour.flag.awarded"));
        return a;
    }

    /**
     * What the public notice of an award says (stored and shown publicly: always Chinese). A re-award after a
     * revocation says so.
     */
    public static NoticeService.Draft noticeDraft(RedFlagAward a, boolean reaward) {
        String reason = Messages.t("honour.flag.noticeReason", a.monthLabel(), a.getAwardedRank(), points(a.getAwardedScore()),
                a.getReason() == null ? Messages.t("honour.flag.noticeAsProposed") : Messages.t("honour.flag.noticeOverride", a.getReason()));
        return new NoticeService.Draft(SUBJECT, a.getId(), Messages.t("honour.flag.noticeHonour", a.monthLabel()), a.getWindowLabel(),
                reaward ? Messages.t("honour.flag.noticeReaward", a.monthLabel()) + reason : reason);
    }

    static String points(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private BusinessException alreadyAwarded(YearMonth month, RedFlagAward a) {
        return new BusinessException(HonourCallers.monthLabel(month) + "的流动红旗" + ALREADY + " " + a.getWindowLabel() + "（"
                + a.getAwardedBy() + "，" + Times.format(a.getAwardedAt()) + "），每月只能授予一次；如需改授，请先撤销");
    }

    private static String inputs(MonthView v, FlagRules.Place chosen) {
        StringBuilder sb = new StringBuilder();
        sb.append("依据：").append(HonourCallers.monthLabel(v.month())).append("窗口排名存档 #").append(v.snapshot().getId())
                .append("（第 ").append(v.snapshot().getRevision()).append(" 次存档，").append(v.snapshot().getSchemeLabel())
                .append("）\n");
        sb.append("排名推荐：").append(v.proposal().map(p -> p.label() + "，第 " + p.rank() + " 名，" + p.total().toPlainString()
                + " 分").orElse("无符合条件的窗口")).append('\n');
        sb.append("授予：").append(chosen.label()).append("，第 ").append(chosen.rank()).append(" 名，")
                .append(chosen.total().toPlainString()).append(" 分");
        if (v.maxRunning() != null) {
            sb.append("\n规则：同一窗口连续持有不超过 ").append(v.maxRunning()).append(" 个月");
        }
        return sb.toString();
    }

    /** The leader revokes an award with a reason; the month can be awarded again. */
    @RolesAllowed(Role.Names.LEADER)
    public RedFlagAward revoke(long awardId, long expectedVersion, String reason) {
        String why = HonourCallers.required(reason, "reason", "撤销流动红旗须写明理由", 1000);
        RedFlagAward a = load(awardId, expectedVersion);
        if (!a.inForce()) {
            throw new BusinessException("该流动红旗已" + a.getStatus().label());
        }
        a.end(AwardStatus.REVOKED, Times.now(), HonourCallers.caller(context), why);
        em.flush();
        audit.event(AuditAction.REVOKE, "流动红旗", a.getId(), "撤销" + a.monthLabel() + "流动红旗：" + a.getWindowLabel(),
                "依据：排名存档 #" + a.getSnapshotId() + "，第 " + a.getAwardedRank() + " 名，" + a.getAwardedScore().toPlainString()
                        + " 分", why);
        // the public sees a withdrawn award in public wording; the leader's reason stays internal (audit, history)
        notices.subjectEnded(SUBJECT, a.getId(), Messages.t("honour.flag.revokedPublic", a.monthLabel(), a.getWindowLabel()), why);
        board.fire(BoardChanged.of("honour.flag.revoked"));
        return a;
    }

    /** Withdrawn after an upheld objection (called by the notice, in the leader's decision). */
    @RolesAllowed(Role.Names.LEADER)
    public void withdraw(long awardId, String reason) {
        RedFlagAward a = em.find(RedFlagAward.class, awardId);
        if (a == null || !a.inForce()) {
            return;
        }
        a.end(AwardStatus.WITHDRAWN, Times.now(), HonourCallers.caller(context), reason);
        audit.event(AuditAction.REVOKE, "流动红旗", a.getId(), "公示异议成立，撤回" + a.monthLabel() + "流动红旗：" + a.getWindowLabel(),
                null, reason);
        board.fire(BoardChanged.of("honour.flag.withdrawn"));
    }

    private RedFlagAward load(long id, long expectedVersion) {
        RedFlagAward a = em.find(RedFlagAward.class, id);
        if (a == null) {
            throw new BusinessException("该流动红旗记录不存在");
        }
        if (a.getVersion() != expectedVersion) {
            throw new OptimisticLockException("该记录已被他人修改，请刷新后重试");
        }
        return a;
    }

    public RedFlagAward get(long id) {
        RedFlagAward a = em.find(RedFlagAward.class, id);
        if (a == null) {
            throw new BusinessException("该流动红旗记录不存在");
        }
        return a;
    }

    public Optional<RedFlagAward> standing(YearMonth month) {
        return em.createQuery("select a from RedFlagAward a where a.activeYm = :m", RedFlagAward.class)
                .setParameter("m", RedFlagAward.ym(month)).getResultList().stream().findFirst();
    }

    /** Every award ever made, newest month first (revoked ones included). */
    public List<RedFlagAward> history() {
        return em.createQuery("select a from RedFlagAward a order by a.periodYm desc, a.awardedAt desc", RedFlagAward.class)
                .getResultList();
    }

    /** Standing awards, oldest first. */
    public List<RedFlagAward> standingAwards() {
        return em.createQuery("select a from RedFlagAward a where a.activeYm is not null order by a.periodYm",
                RedFlagAward.class).getResultList();
    }

    public static List<FlagRules.Held> held(List<RedFlagAward> standing) {
        return standing.stream().map(a -> new FlagRules.Held(a.getMonth(), a.getWindowId())).toList();
    }

    /** Per window, how many months running it holds the flag up to the month before {@code month}. */
    Map<Long, Integer> streakBefore(YearMonth month) {
        return FlagRules.streakEndingAt(held(standingAwards()), month.minusMonths(1));
    }

    /** The standing award's streak (连续 N 个月) per month. */
    public Map<YearMonth, Integer> streaks() {
        return FlagRules.streaks(held(standingAwards()));
    }

    /** One line of the counts: a window, a unit or a branch, how many months it held the flag, longest streak. */
    public record Count(String kind, String name, int months, int longestStreak) {
    }

    public List<Count> counts() {
        List<RedFlagAward> standing = standingAwards();
        Map<YearMonth, Integer> streaks = FlagRules.streaks(held(standing));
        Map<String, int[]> byKey = new LinkedHashMap<>();
        Map<Long, String> unitNames = org.unitNames();
        Map<Long, String> branchNames = org.branchNames();
        for (RedFlagAward a : standing) {
            int streak = streaks.getOrDefault(a.getMonth(), 1);
            bump(byKey, "窗口\t" + a.getWindowLabel(), streak);
            if (a.getUnitId() != null) {
                bump(byKey, "单位\t" + unitNames.getOrDefault(a.getUnitId(), "#" + a.getUnitId()), 0);
            }
            if (a.getBranchId() != null) {
                bump(byKey, "支部\t" + branchNames.getOrDefault(a.getBranchId(), "#" + a.getBranchId()), 0);
            }
        }
        List<Count> result = new ArrayList<>();
        byKey.forEach((k, v) -> {
            String[] parts = k.split("\t", 2);
            result.add(new Count(parts[0], parts[1], v[0], v[1]));
        });
        result.sort(Comparator.comparing(Count::kind, Comparator.comparingInt(k -> switch (k) {
            case "窗口" -> 0;
            case "单位" -> 1;
            default -> 2;
        })).thenComparing(Count::months, Comparator.reverseOrder()).thenComparing(Count::name));
        return result;
    }

    private static void bump(Map<String, int[]> m, String key, int streak) {
        int[] v = m.computeIfAbsent(key, k -> new int[2]);
        v[0]++;
        v[1] = Math.max(v[1], streak);
    }

    public Integer maxRunning() {
        return rule().map(RedFlagRule::getMaxMonthsRunning).orElse(null);
    }

    private Optional<RedFlagRule> rule() {
        return em.createQuery("select r from RedFlagRule r order by r.id", RedFlagRule.class).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** ADMIN: no window holds the flag more than {@code max} months running; null removes the rule. */
    @RolesAllowed(Role.Names.ADMIN)
    public void setMaxRunning(Integer max, String reason) {
        if (max != null && (max < 1 || max > 24)) {
            throw new BusinessException("maxRunning", "连续持有月数须在 1 至 24 之间，或留空表示不限");
        }
        RedFlagRule r = rule().orElseGet(() -> {
            RedFlagRule n = new RedFlagRule();
            em.persist(n);
            return n;
        });
        Integer before = r.getMaxMonthsRunning();
        r.set(max, Times.now(), HonourCallers.caller(context));
        em.flush();
        audit.event(AuditAction.UPDATE, "流动红旗规则", r.getId(), "流动红旗连续持有上限："
                + (before == null ? "不限" : before + " 个月") + " → " + (max == null ? "不限" : max + " 个月"), null, reason);
    }

    /** For the recomputation check: the rank the ranking computes now for the award's window. */
    public Optional<Integer> recomputedRank(RedFlagAward a) {
        return ranking.windowRanking(a.getMonth()).stream().filter(p -> p.windowId() == a.getWindowId())
                .map(p -> p.rank()).findFirst();
    }

    static BigDecimal zero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
