package cn.fuwukuaiche.partylife.appraisal.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalBallot;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalTurnout;
import cn.fuwukuaiche.partylife.appraisal.entity.Handling;
import cn.fuwukuaiche.partylife.appraisal.entity.MemberAppraisal;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 民主评议党员: the branch's secretary (and ADMIN/LEADER) opens a year's appraisal, closes the ballot, decides the
 * grades with the tallies beside them and records the handling of 不合格 members; the leader puts the grades to
 * 公示 (honour's {@link NoticeService}); each member on the roster writes his self-review and votes once by secret
 * ballot. The vote is stored as two unlinked things in one transaction: an {@link AppraisalTurnout} (that he voted)
 * and his grades as {@link AppraisalBallot} rows with random keys, in random order, with no voter and no time. The
 * contents are never logged, audited or shown one by one: only tallies, and only once the ballot is closed.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class AppraisalService {

    /** The {@code PublicNotice.subjectType} of a member's grade in 公示. */
    public static final String NOTICE_SUBJECT = "APPRAISAL";
    static final int SELF_REVIEW_MAX = 3000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    NoticeService notices;

    @Inject
    SelfDecisionGuard self;

    @Inject
    @ConfigProperty(name = "app.partylife.appraisal.excellent-cap-percent", defaultValue = "30")
    int defaultCapPercent;

    public int defaultCapPercent() {
        return defaultCapPercent;
    }

    // ---- the branch's management: secretary of the branch, LEADER, ADMIN ------------------------

    public record BranchChoice(long id, String name) {
    }

    /** The branches whose appraisal the caller manages: his own for a secretary, all for LEADER and ADMIN. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<BranchChoice> branches() {
        Long own = ownBranch();
        return org.branches().stream().filter(b -> all() || b.getId().equals(own))
                .map(b -> new BranchChoice(b.getId(), b.getName())).toList();
    }

    /** A branch's appraisals, newest year first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<MemberAppraisal> appraisals(long branchId) {
        checkBranch(branchId, "branch");
        return em.createQuery("select a from MemberAppraisal a where a.branchId = :b order by a.appraisalYear desc",
                MemberAppraisal.class).setParameter("b", branchId).getResultList();
    }

    /** Opens a year's appraisal: the roster is the branch's full and probationary members today. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public MemberAppraisal open(long branchId, int year, int capPercent) {
        Branch branch = checkBranch(branchId, "branch");
        int thisYear = Times.today().getYear();
        if (year < thisYear - 1 || year > thisYear) {
            throw new BusinessException("year", "只能开启今年或上一年度的民主评议");
        }
        AppraisalRules.checkCapPercent(capPercent);
        if (find(branchId, year).isPresent()) {
            throw new BusinessException("year", branch.getName() + " " + year + " 年度的民主评议已开启，每年一次");
        }
        List<Staff> roster = org.partyMembers(branchId).stream()
                .filter(s -> AppraisalRules.eligible(s.getPoliticalStatus() == PoliticalStatus.PARTY_MEMBER,
                        s.getPoliticalStatus() == PoliticalStatus.PROBATIONARY_MEMBER)).toList();
        if (roster.isEmpty()) {
            throw new BusinessException("branch", "该支部没有正式党员或预备党员，无法开展民主评议");
        }
        MemberAppraisal a = new MemberAppraisal(branchId, year, capPercent, Times.now(), me());
        em.persist(a);
        em.flush();
        for (Staff s : roster) {
            em.persist(new AppraisalMember(a.getId(), s.getId(), s.getName()));
        }
        em.flush();
        audit.event(AuditAction.CREATE, "民主评议", a.getId(), "开启 " + branch.getName() + " " + year + " 年度民主评议党员",
                "参评党员 " + roster.size() + " 人，优秀比例上限 " + capPercent + "%（至多 "
                        + AppraisalRules.excellentCap(roster.size(), capPercent) + " 人）", null);
        return a;
    }

    /** Ends the ballot: no more votes; the tallies show and the committee decides. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public MemberAppraisal close(long appraisalId, long expectedVersion) {
        MemberAppraisal a = managed(appraisalId, expectedVersion);
        if (a.getStatus() != AppraisalStatus.OPEN) {
            throw new BusinessException("投票已结束（" + a.getStatus().label() + "）");
        }
        a.close(Times.now(), me());
        em.flush();
        audit.event(AuditAction.UPDATE, "民主评议", a.getId(), "结束投票：" + title(a),
                "参评 " + roster(a.getId()).size() + " 人，已投票 " + turnout(a.getId()) + " 人", null);
        return a;
    }

    /** What the secretary's page shows of an appraisal: the roster, who has voted, tallies once the ballot is closed. */
    public record Overview(MemberAppraisal appraisal, String branchName, List<Line> lines, int voted, int cap) {
    }

    /** One member: self-review, whether he voted (never what), the tallies for him (closed ballots only), his grade. */
    public record Line(AppraisalMember member, boolean voted, EnumMap<AppraisalGrade, Integer> tally) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public Overview overview(long appraisalId) {
        MemberAppraisal a = get(appraisalId);
        checkBranch(a.getBranchId(), "branch");
        List<AppraisalMember> members = roster(appraisalId);
        Set<Long> voters = new HashSet<>(em.createQuery("select t.voterId from AppraisalTurnout t where t.appraisalId = :a", Long.class)
                .setParameter("a", appraisalId).getResultList());
        Map<Long, EnumMap<AppraisalGrade, Integer>> tally = a.getStatus() == AppraisalStatus.OPEN ? Map.of()
                : tally(appraisalId, members.stream().map(AppraisalMember::getStaffId).toList());
        List<Line> lines = members.stream().map(m -> new Line(m, voters.contains(m.getStaffId()), tally.get(m.getStaffId()))).toList();
        return new Overview(a, org.branchNames().get(a.getBranchId()), lines, voters.size(),
                AppraisalRules.excellentCap(members.size(), a.getExcellentCapPercent()));
    }

    /** The committee's suggestion to start from: most-voted grades within the 优秀 cap. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public Map<Long, AppraisalGrade> suggestion(long appraisalId) {
        Overview o = overview(appraisalId);
        if (o.appraisal().getStatus() == AppraisalStatus.OPEN) {
            throw new BusinessException(AppraisalRules.GRADES, "投票尚未结束，结束投票后才能评定等次");
        }
        Map<Long, EnumMap<AppraisalGrade, Integer>> t = new LinkedHashMap<>();
        o.lines().forEach(l -> t.put(l.member().getStaffId(), l.tally()));
        return AppraisalRules.suggest(t, o.cap());
    }

    /**
     * The branch committee's decision: a grade for every member on the roster (staff id → grade), 优秀 within the
     * cap; may be changed until the grades go to 公示.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public MemberAppraisal decide(long appraisalId, long expectedVersion, Map<Long, AppraisalGrade> grades) {
        MemberAppraisal a = managed(appraisalId, expectedVersion);
        List<AppraisalMember> members = roster(appraisalId);
        Set<Long> roster = members.stream().map(AppraisalMember::getStaffId).collect(Collectors.toSet());
        // nobody decides his own grade (ConflictOfInterest): the secretary's is left to the general branch
        Long mine = myStaffId();
        Map<Long, AppraisalGrade> wanted = new HashMap<>(grades);
        Set<Long> leftToOthers = Set.of();
        AppraisalMember own = mine == null ? null : members.stream().filter(m -> m.getStaffId() == mine).findFirst().orElse(null);
        if (own != null) {
            if (wanted.get(mine) != null && wanted.get(mine) != own.getGrade()) {
                self.refusal(ConflictOfInterest.Step.APPRAISAL_GRADE, List.of(mine)).ifPresent(why -> {
                    throw new BusinessException(AppraisalRules.GRADES, why);
                });
            }
            wanted.put(mine, own.getGrade());
            leftToOthers = Set.of(mine);
        }
        AppraisalRules.checkGrades(a.getStatus(), roster, a.getExcellentCapPercent(), wanted, leftToOthers);
        List<String> changes = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (AppraisalMember m : members) {
            AppraisalGrade g = wanted.get(m.getStaffId());
            if (g == null) {
                pending.add(m.getMemberName());
                continue;
            }
            if (g != m.getGrade()) {
                changes.add(m.getMemberName() + "：" + (m.getGrade() == null ? "—" : m.getGrade().label()) + " → " + g.label());
            }
            m.decide(g);
        }
        if (pending.isEmpty()) {
            a.decided(Times.now(), me());
        }
        em.flush();
        Map<AppraisalGrade, Long> counts = wanted.values().stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(g -> g, () -> new EnumMap<>(AppraisalGrade.class), Collectors.counting()));
        audit.event(AuditAction.DECISION, "民主评议", a.getId(), "支委会评定等次：" + title(a) + "（"
                + counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue() + " 人").collect(Collectors.joining("、"))
                + (pending.isEmpty() ? "" : "；" + String.join("、", pending) + " 本人的等次待总支领导评定") + "）",
                String.join("\n", changes), null);
        return a;
    }

    /**
     * After an upheld 公示 objection withdrew a member's grade, the branch decides it again with a reason (the 优秀
     * cap counts the grades that stand; nobody decides his own); the new grade waits for the leader to put it to 公示
     * again ({@link #putToNotice}) and is no evidence until then.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public AppraisalMember redecide(long memberId, long expectedVersion, AppraisalGrade grade, String reason) {
        AppraisalMember m = memberOfOwnBranch(memberId, expectedVersion);
        MemberAppraisal a = get(m.getAppraisalId());
        if (!m.isWithdrawn()) {
            throw new BusinessException("grade", "只有公示异议成立、等次已撤销的党员需要重新评定");
        }
        if (grade == null) {
            throw new BusinessException("grade", "请评定等次");
        }
        self.refusal(ConflictOfInterest.Step.APPRAISAL_GRADE, List.of(m.getStaffId())).ifPresent(why -> {
            throw new BusinessException("grade", why);
        });
        String why = Input.requireMultiLine("reason", "重新评定理由", reason);
        if (why == null || why.isBlank()) {
            throw new BusinessException("reason", "请写明重新评定的理由");
        }
        if (why.length() > 1000) {
            throw new BusinessException("reason", "理由不能超过 1000 字");
        }
        List<AppraisalMember> members = roster(a.getId());
        int cap = AppraisalRules.excellentCap(members.size(), a.getExcellentCapPercent());
        long excellent = members.stream().filter(o -> o.getId() != m.getId() && !o.isWithdrawn() && o.getGrade() == AppraisalGrade.EXCELLENT)
                .count() + (grade == AppraisalGrade.EXCELLENT ? 1 : 0);
        if (excellent > cap) {
            throw new BusinessException("grade", "评为优秀的将有 " + excellent + " 人，超过上限 " + cap + " 人");
        }
        String before = (m.getGrade() == null ? "—" : m.getGrade().label()) + "（" + m.getWithdrawnReason() + "）";
        m.redecide(grade, why);
        em.flush();
        audit.event(AuditAction.DECISION, "民主评议", a.getId(), "重新评定等次：" + m.getMemberName() + " " + grade.label() + "（" + title(a) + "）",
                "原等次 " + before, why);
        return m;
    }

    /** The recorded handling of a member graded 不合格: 限期改正 with a date, or the decision taken. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public AppraisalMember handle(long memberId, long expectedVersion, Handling handling, LocalDate due, String note) {
        AppraisalMember m = memberOfOwnBranch(memberId, expectedVersion);
        MemberAppraisal a = get(m.getAppraisalId());
        if (m.getGrade() != AppraisalGrade.UNQUALIFIED) {
            throw new BusinessException("handling", "只有评定为不合格的党员需要记录处置");
        }
        if (handling == null) {
            throw new BusinessException("handling", "请选择处置方式");
        }
        String text = Input.requireMultiLine("handlingNote", "处置说明", note);
        if (text != null && text.length() > 1000) {
            throw new BusinessException("handlingNote", "处置说明不能超过 1000 字");
        }
        AppraisalRules.checkHandling(handling == Handling.CORRECT_BY_DATE, due, text, Times.today());
        m.handle(handling, handling == Handling.CORRECT_BY_DATE ? due : null, text);
        em.flush();
        audit.event(AuditAction.DECISION, "民主评议", a.getId(), "不合格党员处置：" + m.getMemberName() + " " + handling.label()
                + (due == null || handling != Handling.CORRECT_BY_DATE ? "" : "，期限 " + Times.format(due)), text, null);
        return m;
    }

    /**
     * The leader puts the decided grades to 公示: one notice per member (an objection names one grade), through
     * honour's {@link NoticeService#openAll}, for its default number of working days.
     */
    @RolesAllowed(Role.Names.LEADER)
    public MemberAppraisal putToNotice(long appraisalId, long expectedVersion) {
        MemberAppraisal a = managed(appraisalId, expectedVersion);
        List<AppraisalMember> members = roster(appraisalId);
        List<AppraisalMember> redecided = members.stream().filter(AppraisalMember::isNoticePending).toList();
        boolean again = a.getStatus() == AppraisalStatus.NOTICED && !redecided.isEmpty();
        if (a.getStatus() != AppraisalStatus.DECIDED && !again) {
            throw new BusinessException(a.getStatus() == AppraisalStatus.NOTICED ? "评定结果已公示"
                    : "支委会评定等次后才能公示（现在：" + a.getStatus().label() + "）");
        }
        String branch = org.branchNames().get(a.getBranchId());
        List<NoticeService.Draft> drafts = (again ? redecided : members).stream().map(m -> new NoticeService.Draft(NOTICE_SUBJECT, m.getId(),
                a.getAppraisalYear() + "年度民主评议党员：" + m.getGrade().label(), m.getMemberName() + "（" + branch + "）",
                again ? "原评定等次经公示异议成立后撤销，支部重新评定为“" + m.getGrade().label() + "”。理由：" + m.getRedecidedReason()
                        : "经党员个人总结、党员互评（无记名投票）和支部委员会评定，评定等次为“" + m.getGrade().label() + "”。")).toList();
        notices.openAll(drafts, NoticeService.DEFAULT_WORKING_DAYS);
        redecided.forEach(AppraisalMember::renoticed);
        if (!again) {
            a.noticed(Times.now(), me());
        }
        em.flush();
        audit.event(AuditAction.UPDATE, "民主评议", a.getId(), (again ? "重新评定结果公示：" : "评定结果公示：") + title(a),
                drafts.size() + " 名党员的评定等次", null);
        return a;
    }

    // ---- members: self-review and the secret ballot ----------------------------------------------

    /** The caller's appraisal: his branch's newest one that lists him, with the others on the roster. */
    public record Mine(MemberAppraisal appraisal, String branchName, AppraisalMember me, List<AppraisalMember> others,
                       LocalDateTime votedAt) {
        public boolean voted() {
            return votedAt != null;
        }
    }

    public Optional<Mine> mine() {
        Long staffId = myStaffId();
        if (staffId == null) {
            return Optional.empty();
        }
        return em.createQuery("select m from AppraisalMember m, MemberAppraisal a where a.id = m.appraisalId and m.staffId = :s "
                        + "order by a.appraisalYear desc, a.id desc", AppraisalMember.class).setParameter("s", staffId).setMaxResults(1)
                .getResultStream().findFirst().map(me -> {
                    MemberAppraisal a = get(me.getAppraisalId());
                    List<AppraisalMember> others = roster(a.getId()).stream().filter(m -> m.getStaffId() != staffId).toList();
                    LocalDateTime at = em.createQuery("select t.votedAt from AppraisalTurnout t where t.appraisalId = :a and t.voterId = :v",
                                    LocalDateTime.class).setParameter("a", a.getId()).setParameter("v", staffId).getResultStream()
                            .findFirst().orElse(null);
                    return new Mine(a, org.branchNames().get(a.getBranchId()), me, others, at);
                });
    }

    /** The member writes (or rewrites) his own self-review while the appraisal is open. */
    public AppraisalMember writeSelfReview(long appraisalId, String text) {
        MemberAppraisal a = get(appraisalId);
        AppraisalMember me = myRow(appraisalId).orElseThrow(() -> new BusinessException("selfReview", "你不在本次民主评议的党员名单中"));
        if (a.getStatus() != AppraisalStatus.OPEN) {
            throw new BusinessException("selfReview", "民主评议已结束投票，个人总结不能再修改");
        }
        String t = Input.requireMultiLine("selfReview", "个人总结", text);
        if (t == null || t.length() < 20) {
            throw new BusinessException("selfReview", "请写个人总结（至少 20 字）");
        }
        if (t.length() > SELF_REVIEW_MAX) {
            throw new BusinessException("selfReview", "个人总结不能超过 " + SELF_REVIEW_MAX + " 字");
        }
        me.writeSelfReview(t, Times.now());
        em.flush();
        return me;
    }

    /**
     * The caller's secret ballot (staff id → grade for every other member on the roster). Once only, only while
     * open. One transaction: the turnout row (unique per voter) and the grade rows, each with a random key, written
     * in random order. Nothing of the contents goes to the audit trail or a log.
     */
    public void vote(long appraisalId, Map<Long, AppraisalGrade> ballot) {
        MemberAppraisal a = get(appraisalId);
        Long voter = myStaffId();
        Set<Long> roster = roster(appraisalId).stream().map(AppraisalMember::getStaffId).collect(Collectors.toSet());
        boolean voted = voter != null && em.createQuery("select count(t) from AppraisalTurnout t where t.appraisalId = :a and t.voterId = :v",
                Long.class).setParameter("a", appraisalId).setParameter("v", voter).getSingleResult() > 0;
        AppraisalRules.checkVote(a.getStatus(), roster, voter, voted, ballot);
        try {
            em.persist(new AppraisalTurnout(appraisalId, voter, Times.now()));
            em.flush(); // the unique key refuses a second vote sent at the same moment
        } catch (PersistenceException e) {
            throw new BusinessException(AppraisalRules.BALLOT, "你已投过票，每人只能投一次");
        }
        List<Map.Entry<Long, AppraisalGrade>> rows = new ArrayList<>(ballot.entrySet());
        Collections.shuffle(rows, RANDOM);
        for (Map.Entry<Long, AppraisalGrade> r : rows) {
            em.persist(new AppraisalBallot(RANDOM.nextLong() & Long.MAX_VALUE, appraisalId, r.getKey(), r.getValue()));
        }
        em.flush();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    Map<Long, EnumMap<AppraisalGrade, Integer>> tally(long appraisalId, List<Long> roster) {
        List<AppraisalRules.Vote> votes = em.createQuery("select b.subjectStaffId, b.grade, count(b) from AppraisalBallot b "
                        + "where b.appraisalId = :a group by b.subjectStaffId, b.grade", Object[].class).setParameter("a", appraisalId)
                .getResultList().stream().flatMap(r -> java.util.stream.Stream.generate(
                        () -> new AppraisalRules.Vote((Long) r[0], (AppraisalGrade) r[1])).limit((Long) r[2])).toList();
        return AppraisalRules.tally(roster, votes);
    }

    private Optional<MemberAppraisal> find(long branchId, int year) {
        return em.createQuery("select a from MemberAppraisal a where a.branchId = :b and a.appraisalYear = :y", MemberAppraisal.class)
                .setParameter("b", branchId).setParameter("y", year).getResultStream().findFirst();
    }

    private MemberAppraisal get(long id) {
        MemberAppraisal a = em.find(MemberAppraisal.class, id);
        if (a == null) {
            throw new BusinessException("该民主评议不存在");
        }
        return a;
    }

    /** A member on the roster of an appraisal of a branch the caller manages, at the version he saw. */
    private AppraisalMember memberOfOwnBranch(long memberId, long expectedVersion) {
        AppraisalMember m = em.find(AppraisalMember.class, memberId);
        if (m == null) {
            throw new BusinessException("该党员不在评议名单中");
        }
        checkBranch(get(m.getAppraisalId()).getBranchId(), "branch");
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockException("数据已被他人修改，请刷新后重试");
        }
        return m;
    }

    private MemberAppraisal managed(long id, long expectedVersion) {
        MemberAppraisal a = get(id);
        checkBranch(a.getBranchId(), "branch");
        if (a.getVersion() != expectedVersion) {
            throw new OptimisticLockException("数据已被他人修改，请刷新后重试");
        }
        return a;
    }

    private List<AppraisalMember> roster(long appraisalId) {
        return em.createQuery("select m from AppraisalMember m where m.appraisalId = :a order by m.id", AppraisalMember.class)
                .setParameter("a", appraisalId).getResultList();
    }

    private long turnout(long appraisalId) {
        return em.createQuery("select count(t) from AppraisalTurnout t where t.appraisalId = :a", Long.class)
                .setParameter("a", appraisalId).getSingleResult();
    }

    private Optional<AppraisalMember> myRow(long appraisalId) {
        Long staffId = myStaffId();
        return staffId == null ? Optional.empty() : em.createQuery("select m from AppraisalMember m where m.appraisalId = :a and m.staffId = :s",
                AppraisalMember.class).setParameter("a", appraisalId).setParameter("s", staffId).getResultStream().findFirst();
    }

    private Branch checkBranch(long branchId, String field) {
        Branch b = org.branch(branchId).orElseThrow(() -> new BusinessException(field, "该支部不存在"));
        if (!all() && !b.getId().equals(ownBranch())) {
            throw new BusinessException(field, "只能管理本支部的民主评议");
        }
        return b;
    }

    private boolean all() {
        return currentUser.isAny(Role.ADMIN, Role.LEADER);
    }

    private Long ownBranch() {
        return currentUser.is(Role.SECRETARY) ? currentUser.account().map(UserAccount::getBranchId).orElse(null) : null;
    }

    private Long myStaffId() {
        return currentUser.account().map(UserAccount::getStaffId).orElse(null);
    }

    private String me() {
        return currentUser.username().orElse(AuditService.SYSTEM);
    }

    private String title(MemberAppraisal a) {
        return org.branchNames().get(a.getBranchId()) + " " + a.getAppraisalYear() + " 年度民主评议党员";
    }
}
