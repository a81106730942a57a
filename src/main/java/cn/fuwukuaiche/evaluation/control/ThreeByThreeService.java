package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ranking.CompetitionRanking;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.ranking.TieBreaker;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.ThreeByThreeRules;
import cn.fuwukuaiche.evaluation.control.scheme.ThreeByThreeWeights;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.ThreeByThreeScore;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 三亮三比三评 of a month: for each Party member in the caller's scope, 群众评 from the person's ratings
 * (upheld appeals excluded), the 党员评 and 组织评 the branch entered, combined with the weights of the
 * personal scheme version in force that month, ranked with ties sharing a place. The branch SECRETARY
 * enters their own branch's members, the LEADER anyone's; ADMIN reads.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class ThreeByThreeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SchemeService schemes;

    @Inject
    OrgDirectory org;

    @Inject
    AssessmentCallers callers;

    @Inject
    AuditService audit;

    @Inject
    SelfDecisionGuard self;

    @Inject
    PersonNames names;

    @Resource
    SessionContext context;

    /** One Party member's line; {@code combined} and {@code publicScore} are as of now, from the records. */
    public record Row(long staffId, String staffNo, String name, String windowName, Long branchId, String branchName,
                      BigDecimal publicScore, int ratingCount, BigDecimal peer, BigDecimal organisation,
                      BigDecimal combined, String explanation, Long scoreId, long entityVersion, String enteredBy,
                      LocalDateTime enteredAt, String note, boolean editable, boolean self) {
    }

    public record Sheet(YearMonth month, String schemeLabel, ThreeByThreeWeights weights, List<Ranked<Row>> rows) {
    }

    public Sheet sheet(YearMonth month) {
        SchemeInForce scheme = schemes.inForce(AssessmentSubject.STAFF, month);
        AssessmentScope scope = callers.scope();
        Long me = self.myStaffId();
        Map<String, String> people = names.all();
        int period = SchemeMapper.period(month);
        List<Staff> members = members(scope);
        Map<Long, RatingCounts> counts = counts(period, members.stream().map(Staff::getId).toList());
        Map<Long, ThreeByThreeScore> stored = em.createQuery(
                        "select t from ThreeByThreeScore t where t.periodYm = :p", ThreeByThreeScore.class)
                .setParameter("p", period).getResultStream()
                .collect(Collectors.toMap(t -> t.getStaff().getId(), Function.identity()));
        ThreeByThreeWeights w = scheme.definition().weights();
        List<Row> rows = new ArrayList<>();
        for (Staff s : members) {
            RatingCounts c = counts.getOrDefault(s.getId(), RatingCounts.none());
            BigDecimal pub = ThreeByThreeRules.publicScore(scheme.definition().ratingPoints(), c);
            ThreeByThreeScore t = stored.get(s.getId());
            BigDecimal peer = t == null ? null : t.getPeerScore();
            BigDecimal org = t == null ? null : t.getOrganisationScore();
            Long branchId = s.getBranch() == null ? null : s.getBranch().getId();
            rows.add(new Row(s.getId(), s.getStaffNo(), s.getName(), s.getWindow() == null ? "" : s.getWindow().label(),
                    branchId, s.getBranch() == null ? "" : s.getBranch().getName(), pub, c.total(), peer, org,
                    ThreeByThreeRules.combined(w, pub, peer, org), ThreeByThreeRules.explain(w, pub, peer, org),
                    t == null ? null : t.getId(), t == null ? -1 : t.getVersion(), t == null ? null : PersonNames.in(people, t.getEnteredBy()),
                    t == null ? null : t.getEnteredAt(), t == null ? null : t.getNote(),
                    canEnter(scope, branchId) && !Objects.equals(me, s.getId()), Objects.equals(me, s.getId())));
        }
        Comparator<BigDecimal> nullsLast = Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder());
        List<Ranked<Row>> ranked = CompetitionRanking.rank(rows, List.of(
                new TieBreaker<>("综合分", Comparator.comparing(Row::combined, nullsLast).reversed()),
                new TieBreaker<>("群众评", Comparator.comparing(Row::publicScore, nullsLast).reversed())));
        return new Sheet(month, scheme.label(), w, ranked);
    }

    /**
     * Records the branch's two scores for one member and month, with the 群众评, weights and combined score
     * as they stand now. {@code expectedVersion} is the row's version as the caller saw it (-1: no row yet).
     */
    @RolesAllowed({Role.Names.LEADER, Role.Names.SECRETARY})
    public ThreeByThreeScore save(long staffId, YearMonth month, BigDecimal peer, BigDecimal organisation, String note,
                                  long expectedVersion) {
        Staff s = em.find(Staff.class, staffId);
        if (s == null || !s.isActive()) {
            throw new BusinessException("该工作人员不存在或已停用");
        }
        if (s.getPoliticalStatus() == null || !s.getPoliticalStatus().isPartyMember() || s.getBranch() == null) {
            throw new BusinessException("三评只针对党员，" + s.getName() + "不是党员");
        }
        AssessmentScope scope = callers.scope();
        if (!canEnter(scope, s.getBranch().getId())) {
            throw new BusinessException("只能录入本支部党员的三评");
        }
        self.check(ConflictOfInterest.Step.THREE_BY_THREE, s.getId());
        if (month.isAfter(YearMonth.from(Times.today()))) {
            throw new BusinessException("month", "不能录入尚未到来的月份");
        }
        BigDecimal p = ThreeByThreeRules.checkEntered(peer, "peerScore", "党员评");
        BigDecimal o = ThreeByThreeRules.checkEntered(organisation, "organisationScore", "组织评");
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 500) {
            throw new BusinessException("note", "说明最多 500 字");
        }
        SchemeInForce scheme = schemes.inForce(AssessmentSubject.STAFF, month);
        int period = SchemeMapper.period(month);
        RatingCounts c = counts(period, List.of(staffId)).getOrDefault(staffId, RatingCounts.none());
        ThreeByThreeWeights w = scheme.definition().weights();
        BigDecimal pub = ThreeByThreeRules.publicScore(scheme.definition().ratingPoints(), c);

        ThreeByThreeScore t = em.createQuery("select t from ThreeByThreeScore t where t.staff.id = :s and t.periodYm = :p",
                ThreeByThreeScore.class).setParameter("s", staffId).setParameter("p", period).getResultStream().findFirst()
                .orElse(null);
        long seen = t == null ? -1 : t.getVersion();
        if (seen != expectedVersion) {
            throw new OptimisticLockException(s.getName() + "的三评已被他人修改，请刷新后再录入");
        }
        String reason = ThreeByThreeRules.explain(w, pub, p, o) + "（" + scheme.label() + "，评价 " + c.total() + " 次）";
        Map<String, Object> before = t == null ? null : t.auditState();
        if (t == null) {
            t = new ThreeByThreeScore(s, period);
        }
        t.record(p, o, pub, c.total(), ThreeByThreeRules.combined(w, pub, p, o), w.publicWeight(), w.peerWeight(),
                w.organisationWeight(), Objects.requireNonNull(scheme.versionId()), n, caller(), Times.now());
        if (before == null) {
            em.persist(t);
            em.flush();
            audit.created(t, reason);
        } else {
            em.flush();
            audit.updated(before, t, reason);
        }
        return t;
    }

    private static boolean canEnter(AssessmentScope scope, Long branchId) {
        return scope.has(Role.LEADER)
               || (scope.has(Role.SECRETARY) && scope.branchId() != null && Objects.equals(scope.branchId(), branchId));
    }

    private List<Staff> members(AssessmentScope scope) {
        if (scope.everything()) {
            return org.partyMembers(null);
        }
        return scope.branchId() == null ? List.of() : org.partyMembers(scope.branchId());
    }

    private Map<Long, RatingCounts> counts(int period, List<Long> staffIds) {
        Map<Long, RatingCounts> result = new HashMap<>();
        if (staffIds.isEmpty()) {
            return result;
        }
        Map<Long, Map<RatingLevel, Integer>> raw = new HashMap<>();
        List<Object[]> rows = em.createQuery("select r.staff.id, r.level, count(r) from Rating r where r.periodYm = :p"
                                             + " and r.excluded = false and r.staff.id in :ids group by r.staff.id, r.level", Object[].class)
                .setParameter("p", period).setParameter("ids", staffIds).getResultList();
        for (Object[] r : rows) {
            raw.computeIfAbsent((Long) r[0], k -> new EnumMap<>(RatingLevel.class))
                    .put((RatingLevel) r[1], ((Number) r[2]).intValue());
        }
        raw.forEach((id, m) -> result.put(id, new RatingCounts(m)));
        return result;
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? AuditService.SYSTEM : context.getCallerPrincipal().getName();
    }
}
