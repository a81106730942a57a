package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.AssessmentCallers;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.honour.entity.AwardStatus;
import cn.fuwukuaiche.honour.entity.PostDesignation;
import cn.fuwukuaiche.honour.entity.PostKind;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.StaffPhoto;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.control.AccountDirectory;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 党员示范岗 / 巾帼建功岗: the leader designates a staff member's post for a period (a Party member for the
 * one, a woman for the other), ends or revokes it with a reason; the holder writes the 亮承诺 pledge and the
 * branch secretary approves or returns it. Every step audited; public changes fire {@link BoardChanged}.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class PostService {

    public static final String SUBJECT = "POST";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    @Inject
    OrgDirectory org;

    @Inject
    AuditService audit;

    @Inject
    Event<BoardChanged> board;

    @Inject
    NoticeService notices;

    @Inject
    AssessmentCallers callers;

    @Inject
    SelfDecisionGuard self;

    @Resource
    SessionContext context;

    /** A designation with what its card shows (亮身份 / 亮职责 / 亮承诺). */
    public record Card(PostDesignation designation, String name, String gender, String politicalStatus, String windowName,
                       String unitName, byte[] photo, boolean inForce, boolean mine, boolean canReviewPledge) {
    }

    public List<Card> cards(boolean inForceOnly) {
        LocalDate today = Times.today();
        AssessmentScope scope = callers.scope();
        Long myStaff = myStaffId();
        return em.createQuery("select d from PostDesignation d order by d.status, d.kind, d.validFrom desc", PostDesignation.class)
                .getResultList().stream().filter(d -> !inForceOnly || d.inForceOn(today)).map(d -> card(d, today, scope, myStaff))
                .toList();
    }

    public Card card(long id) {
        return card(load(id), Times.today(), callers.scope(), myStaffId());
    }

    private Card card(PostDesignation d, LocalDate today, AssessmentScope scope, Long myStaff) {
        Staff s = em.find(Staff.class, d.getStaffId());
        byte[] photo = em.createNamedQuery(StaffPhoto.BY_STAFF, StaffPhoto.class).setParameter("staffId", d.getStaffId())
                .getResultList().stream().findFirst().map(StaffPhoto::getThumbnail).orElse(null);
        return new Card(d, s.getName(), s.getGender() == null ? "" : s.getGender().label(),
                s.getPoliticalStatus() == null ? "" : s.getPoliticalStatus().label(),
                s.getWindow() == null ? null : s.getWindow().label(), s.getUnit() == null ? null : s.getUnit().getName(), photo,
                d.inForceOn(today), myStaff != null && myStaff == d.getStaffId(), canReviewPledge(scope, d));
    }

    private static boolean canReviewPledge(AssessmentScope scope, PostDesignation d) {
        return scope.has(Role.SECRETARY) && scope.branchId() != null && Objects.equals(scope.branchId(), d.getBranchId());
    }

    private Long myStaffId() {
        String me = HonourCallers.caller(context);
        return accounts.byUsername(me).map(UserAccount::getStaffId).orElse(null);
    }

    /** Staff who may hold the post (for the designation dialog). */
    public List<Staff> candidates(PostKind kind) {
        return org.activeStaff().stream()
                .filter(s -> PostRules.whyNot(kind, s.getName(), s.getGender(), s.getPoliticalStatus(), s.isActive()) == null)
                .toList();
    }

    @RolesAllowed(Role.Names.LEADER)
    public PostDesignation designate(PostKind kind, long staffId, String duties, LocalDate from, LocalDate until, String reason) {
        if (kind == null) {
            throw new BusinessException("kind", "请选择岗位类别");
        }
        Staff s = em.find(Staff.class, staffId);
        if (s == null) {
            throw new BusinessException("staff", "请选择工作人员");
        }
        self.check(ConflictOfInterest.Step.POST_DESIGNATION, staffId);
        String why = PostRules.whyNot(kind, s.getName(), s.getGender(), s.getPoliticalStatus(), s.isActive());
        if (why != null) {
            throw new BusinessException("staff", why);
        }
        String period = PostRules.periodProblem(from, until, Times.today());
        if (period != null) {
            throw new BusinessException(from == null || period.startsWith("设岗起始日期") ? "from" : "until", period);
        }
        String d = HonourCallers.required(duties, "duties", "请填写岗位职责（亮职责）", 1000);
        long overlapping = em.createQuery("select d from PostDesignation d where d.staffId = :s and d.kind = :k and d.status = :st",
                        PostDesignation.class).setParameter("s", staffId).setParameter("k", kind).setParameter("st", AwardStatus.AWARDED)
                .getResultList().stream().filter(x -> (x.getValidUntil() == null || !x.getValidUntil().isBefore(from))
                        && (until == null || !x.getValidFrom().isAfter(until))).count();
        if (overlapping > 0) {
            throw new BusinessException("staff", s.getName() + " 在该期间已是" + kind.label() + "，不能重复设岗");
        }
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        PostDesignation p = new PostDesignation(kind, staffId, s.getWindow() == null ? null : s.getWindow().getId(),
                s.getBranch() != null ? s.getBranch().getId()
                        : s.getWindow() != null && s.getWindow().branch() != null ? s.getWindow().branch().getId() : null,
                d, from, until, r, Times.now(), HonourCallers.caller(context));
        em.persist(p);
        em.flush();
        audit.event(AuditAction.AWARD, kind.label(), p.getId(), "设立" + kind.label() + "：" + s.getName()
                        + (s.getWindow() == null ? "" : "（" + s.getWindow().label() + "）"),
                "依据：" + (kind == PostKind.PARTY_MODEL ? "政治面貌 " + s.getPoliticalStatus().label() : "性别 女")
                        + "\n期限：" + Times.format(from) + " 至 " + (until == null ? "长期" : Times.format(until)) + "\n职责：" + d, r);
        board.fire(BoardChanged.of("honour.post.designated"));
        return p;
    }

    /** Ends (期满/调岗) or revokes (撤销) a designation, with a reason. */
    @RolesAllowed(Role.Names.LEADER)
    public PostDesignation end(long id, long expectedVersion, boolean revoke, String reason) {
        String why = HonourCallers.required(reason, "reason", revoke ? "撤销须写明理由" : "终止须写明理由", 1000);
        PostDesignation d = load(id, expectedVersion);
        if (!PostRules.possibleSteps(d.getStatus(), d.getPledgeStatus()).contains(PostRules.Step.NOTICE_OR_END)) {
            throw new BusinessException("该岗位已" + d.getStatus().label());
        }
        d.end(revoke ? AwardStatus.REVOKED : AwardStatus.ENDED, Times.now(), HonourCallers.caller(context), why);
        em.flush();
        Staff s = em.find(Staff.class, d.getStaffId());
        audit.event(revoke ? AuditAction.REVOKE : AuditAction.UPDATE, d.getKind().label(), d.getId(),
                (revoke ? "撤销" : "终止") + d.getKind().label() + "：" + s.getName(), null, why);
        notices.subjectEnded(SUBJECT, d.getId(), cn.fuwukuaiche.base.i18n.Messages.t(revoke ? "honour.post.revokedPublic"
                : "honour.post.endedPublic", d.getKind().label()), why);
        board.fire(BoardChanged.of(revoke ? "honour.post.revoked" : "honour.post.ended"));
        return d;
    }

    /** An upheld objection withdraws the designation (called by the notice, in the leader's decision). */
    @RolesAllowed(Role.Names.LEADER)
    public void withdraw(long id, String reason) {
        PostDesignation d = em.find(PostDesignation.class, id);
        if (d == null || d.getStatus() != AwardStatus.AWARDED) {
            return;
        }
        d.end(AwardStatus.WITHDRAWN, Times.now(), HonourCallers.caller(context), reason);
        audit.event(AuditAction.REVOKE, d.getKind().label(), d.getId(), "公示异议成立，撤回" + d.getKind().label(), null, reason);
        board.fire(BoardChanged.of("honour.post.withdrawn"));
    }

    /** The holder writes (or rewrites) their 亮承诺; it waits for the branch secretary. */
    @RolesAllowed(Role.Names.STAFF)
    public PostDesignation writePledge(long id, long expectedVersion, String pledge) {
        PostDesignation d = load(id, expectedVersion);
        Long me = myStaffId();
        if (me == null || me != d.getStaffId()) {
            throw new BusinessException("只能由岗位本人填写承诺");
        }
        if (!PostRules.possibleSteps(d.getStatus(), d.getPledgeStatus()).contains(PostRules.Step.WRITE_PLEDGE)) {
            throw new BusinessException("该岗位已" + d.getStatus().label() + "，不能再填写承诺");
        }
        String text = HonourCallers.required(pledge, "pledge", "请填写承诺内容（亮承诺）", 1000);
        if (text.length() < 10) {
            throw new BusinessException("pledge", "承诺内容请至少写 10 个字");
        }
        d.writePledge(text, Times.now());
        em.flush();
        audit.event(AuditAction.UPDATE, d.getKind().label(), d.getId(), "填写" + d.getKind().label() + "承诺（待支部书记审核）",
                text, null);
        return d;
    }

    /** The branch secretary approves the pledge (it goes on the public card) or returns it with a reason. */
    @RolesAllowed(Role.Names.SECRETARY)
    public PostDesignation reviewPledge(long id, long expectedVersion, boolean approve, String reason) {
        PostDesignation d = load(id, expectedVersion);
        if (!canReviewPledge(callers.scope(), d)) {
            throw new BusinessException("只能审核本支部人员的承诺");
        }
        if (!PostRules.possibleSteps(d.getStatus(), d.getPledgeStatus()).contains(PostRules.Step.REVIEW_PLEDGE)) {
            throw new BusinessException("该承诺不在待审核状态（" + d.getPledgeStatus().label() + "）");
        }
        if (approve) {
            d.approvePledge(Times.now(), HonourCallers.caller(context));
        } else {
            d.returnPledge(Times.now(), HonourCallers.caller(context),
                    HonourCallers.required(reason, "reason", "退回须写明理由", 500));
        }
        em.flush();
        audit.event(AuditAction.REVIEW, d.getKind().label(), d.getId(), (approve ? "审核通过" : "退回") + d.getKind().label() + "承诺",
                d.getPledge(), approve ? null : d.getPledgeReturnReason());
        if (approve) {
            board.fire(BoardChanged.of("honour.post.pledge"));
        }
        return d;
    }

    private PostDesignation load(long id) {
        PostDesignation d = em.find(PostDesignation.class, id);
        if (d == null) {
            throw new BusinessException("该岗位记录不存在");
        }
        return d;
    }

    private PostDesignation load(long id, long expectedVersion) {
        PostDesignation d = load(id);
        if (d.getVersion() != expectedVersion) {
            throw new OptimisticLockException("该岗位记录已被他人修改，请刷新后重试");
        }
        return d;
    }
}
