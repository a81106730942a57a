package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentAction;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentEvidencePolicy;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigureRules;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFlow;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.ranking.RankingLoader;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.entity.AssessmentCorrection;
import cn.fuwukuaiche.evaluation.entity.AssessmentEvidence;
import cn.fuwukuaiche.evaluation.entity.AssessmentEvidenceContent;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.MonthlyAssessment;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshot;
import cn.fuwukuaiche.evaluation.entity.SchemeVersion;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
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

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The monthly sheet's flow (填报 → 审核 → 确认): STAFF fill in their window's figures and evidence and submit;
 * the branch SECRETARY (or the LEADER) approves or returns with a reason the staff can see; the LEADER confirms
 * the month ({@link RankingService#confirmMonth}); a confirmed sheet changes only by a LEADER's correction with
 * a recorded reason. Every step is checked against the caller's scope and written to the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class AssessmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RankingReader reader;

    @Inject
    OrgDirectory org;

    @Inject
    Event<RankingConfirmed> rankingConfirmed;

    @Inject
    Event<SheetReturned> sheetReturned;

    @Inject
    Event<SheetSubmitted> sheetSubmitted;

    @Inject
    AssessmentCallers callers;

    @Inject
    SchemeService schemes;

    @Inject
    AuditService audit;

    @Inject
    SelfDecisionGuard self;

    @Inject
    PersonNames names;

    @Resource
    SessionContext context;

    public AssessmentScope scope() {
        return callers.scope();
    }

    /** The month's sheets in the caller's scope (subjects without a sheet included, as "未填报"). */
    public List<Ranked<RankingRow>> overview(AssessmentSubject kind, YearMonth month) {
        AssessmentScope scope = scope();
        RankingMonth m;
        try {
            m = reader.month(kind, SchemeMapper.period(month));
        } catch (cn.fuwukuaiche.evaluation.control.scheme.SchemeNotInForceException | IllegalStateException e) {
            throw new BusinessException(SchemeService.noScheme(kind, month));
        }
        return m.rows().stream().filter(r -> scope.canSee(r.item().subject().branchId(), r.item().subject().windowId())).toList();
    }

    /** Opens (creates if needed) the caller's window's sheet for the month; returns its id. */
    @RolesAllowed(Role.Names.STAFF)
    public long open(AssessmentSubject kind, YearMonth month, long windowId, Long staffId) {
        AssessmentScope scope = scope();
        if (!scope.canFill(windowId)) {
            throw new BusinessException("只能填报本人所在窗口的考评表");
        }
        if (month.isAfter(YearMonth.from(Times.today()))) {
            throw new BusinessException("不能填报尚未开始的月份");
        }
        ServiceWindow window = em.find(ServiceWindow.class, windowId);
        if (window == null || !window.isActive()) {
            throw new BusinessException("该窗口不存在或已停用");
        }
        Staff staff = null;
        if (kind == AssessmentSubject.STAFF) {
            staff = staffId == null ? null : em.find(Staff.class, staffId);
            if (staff == null || staff.getWindow() == null || !staff.getWindow().getId().equals(windowId)) {
                throw new BusinessException("该工作人员不在本窗口");
            }
        }
        int period = SchemeMapper.period(month);
        String key = kind.key(windowId, staff == null ? null : staff.getId());
        List<MonthlyAssessment> existing = em.createQuery("select a from MonthlyAssessment a where a.periodYm = :p "
                + "and a.subjectKey = :k", MonthlyAssessment.class).setParameter("p", period).setParameter("k", key).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        SchemeVersion version = schemes.versionFor(kind, month)
                .orElseThrow(() -> new BusinessException(SchemeService.noScheme(kind, month)));
        MonthlyAssessment a = new MonthlyAssessment(period, kind, window, staff, version);
        em.persist(a);
        em.flush();
        audit.created(a, null);
        return a.getId();
    }

    public AssessmentSheet sheet(long id) {
        MonthlyAssessment a = load(id);
        AssessmentScope scope = scope();
        Long branchId = branchOf(a);
        if (!scope.canSee(branchId, a.getWindow().getId())) {
            throw new BusinessException("只能查看本人窗口或本支部的考评表");
        }
        RankingMonth m = reader.month(a.getSubjectKind(), a.getPeriodYm());
        Map<String, String> people = names.all();
        long subjectId = a.getStaff() == null ? a.getWindow().getId() : a.getStaff().getId();
        Ranked<RankingRow> place = m.find(subjectId).orElseThrow();
        List<AssessmentEvidenceInfo> evidence = em.createQuery("select e from AssessmentEvidence e where e.assessment.id = :a "
                + "order by e.uploadedAt", AssessmentEvidence.class).setParameter("a", id).getResultList().stream()
                .map(e -> AssessmentEvidenceInfo.of(e, people)).toList();
        List<AssessmentCorrection> corrections = em.createQuery("select c from AssessmentCorrection c where c.assessmentId = :a "
                + "order by c.correctedAt", AssessmentCorrection.class).setParameter("a", id).getResultList();
        return new AssessmentSheet(a.getId(), a.getVersion(), a.getPeriodYm(), a.getSubjectKind(), a.subjectLabel(),
                a.getWindow().getId(), a.getStaff() == null ? null : a.getStaff().getId(),
                a.getWindow().branch() == null ? null : a.getWindow().branch().getName(), a.getStatus(), a.getReturnReason(),
                a.getSelfNote(), a.figures(), place.item().scheme(), place, evidence, corrections, PersonNames.in(people, a.getSubmittedBy()),
                a.getSubmittedAt(), PersonNames.in(people, a.getReviewedBy()), a.getReviewedAt(), PersonNames.in(people, a.getConfirmedBy()),
                a.getConfirmedAt(),
                withoutSelf(a, scope.actions(a.getStatus(), branchId, a.getWindow().getId())));
    }

    /** Staff save the figures of a draft or returned sheet. */
    @RolesAllowed(Role.Names.STAFF)
    public void save(long id, long expectedVersion, Map<String, AssessmentFigure> figures, String selfNote) {
        MonthlyAssessment a = load(id);
        requireFill(a);
        checkVersion(a, expectedVersion);
        step(a, AssessmentAction.EDIT);
        Map<String, Object> before = a.auditState();
        apply(a, figures, selfNote);
        em.flush();
        audit.updated(before, a, null);
    }

    /** Staff submit the sheet for review (a returned sheet goes back to the secretary). */
    @RolesAllowed(Role.Names.STAFF)
    public void submit(long id, long expectedVersion) {
        MonthlyAssessment a = load(id);
        requireFill(a);
        checkVersion(a, expectedVersion);
        AssessmentStatus to = step(a, AssessmentAction.SUBMIT);
        a.setStatus(to);
        a.submitted(Times.now(), caller());
        score(a);
        audit.event(AuditAction.UPDATE, a.auditType(), a.getId(), "提交考评表 " + a.auditLabel() + "（" + total(a) + " 分）",
                null, null);
        sheetSubmitted.fire(new SheetSubmitted(a.getId(), a.getWindow().getId(), a.auditLabel()));
    }

    /** The branch secretary (or the leader) approves a submitted sheet. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.LEADER})
    public void approve(long id, long expectedVersion) {
        MonthlyAssessment a = load(id);
        requireReview(a);
        checkVersion(a, expectedVersion);
        AssessmentStatus to = step(a, AssessmentAction.APPROVE);
        a.setStatus(to);
        a.setReturnReason(null);
        a.reviewed(Times.now(), caller());
        score(a);
        audit.event(AuditAction.REVIEW, a.auditType(), a.getId(), "审核通过 " + a.auditLabel() + "（" + total(a) + " 分）",
                null, null);
    }

    /** The branch secretary (or the leader) returns a sheet; the reason is required and shown to the staff. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.LEADER})
    public void returnSheet(long id, long expectedVersion, String reason) {
        MonthlyAssessment a = load(id);
        requireReview(a);
        checkVersion(a, expectedVersion);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2) {
            throw new BusinessException("reason", "请填写退回原因，工作人员将看到它");
        }
        if (why.length() > 500) {
            throw new BusinessException("reason", "退回原因最多 500 字");
        }
        AssessmentStatus to = step(a, AssessmentAction.RETURN);
        a.setStatus(to);
        a.setReturnReason(why);
        a.reviewed(Times.now(), caller());
        audit.event(AuditAction.REVIEW, a.auditType(), a.getId(), "退回考评表 " + a.auditLabel(), null, why);
        sheetReturned.fire(new SheetReturned(a.getId(), a.getWindow().getId(), a.auditLabel(), why));
    }

    /**
     * The leader corrects a confirmed sheet. The reason is required and recorded with the change; the rating
     * counts are taken again (an appeal upheld since confirmation now counts), and the month's confirmed
     * ranking gets a new revision.
     */
    @RolesAllowed(Role.Names.LEADER)
    public void correct(long id, long expectedVersion, Map<String, AssessmentFigure> figures, String selfNote, String reason) {
        MonthlyAssessment a = load(id, expectedVersion);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2) {
            throw new BusinessException("reason", "更正已确认的考评须填写更正原因");
        }
        if (why.length() > 500) {
            throw new BusinessException("reason", "更正原因最多 500 字");
        }
        step(a, AssessmentAction.CORRECT);
        self.check(ConflictOfInterest.Step.SHEET_CORRECTION, people(a));
        Map<String, Object> before = a.auditState();
        var totalBefore = a.getTotalPoints();
        apply(a, figures, selfNote);
        long subjectId = a.getStaff() == null ? a.getWindow().getId() : a.getStaff().getId();
        em.flush();
        RatingCounts live = RankingLoader.ratingCounts(new RankingJpaSql(em), a.getSubjectKind(), a.getPeriodYm())
                .getOrDefault(subjectId, RatingCounts.none());
        a.freezeCounts(live);
        RankingMonth m = reader.month(a.getSubjectKind(), a.getPeriodYm());
        RankingRow row = m.find(subjectId).orElseThrow().item();
        a.setScore(row.total(), row.score().vetoed());
        String changes = String.join("\n", cn.fuwukuaiche.audit.control.Changes.diff(before, a.auditState()));
        em.persist(new AssessmentCorrection(a.getId(), Times.now(), caller(), why, totalBefore, row.total(), changes));
        audit.updated(before, a, why);
        if (m.confirmed()) {
            RankingSnapshot revised = reader.storeSnapshot(m, Times.now(), caller(), "更正 " + a.subjectLabel() + "：" + why);
            em.flush();
            rankingConfirmed.fire(new RankingConfirmed(a.getSubjectKind(), a.getPeriodYm(), revised.getId(), true));
        }
    }

    /** Adds an evidence file (PDF/JPG/PNG ≤ 5 MB) to a sheet the caller may still edit. */
    @RolesAllowed(Role.Names.STAFF)
    public AssessmentEvidenceInfo addEvidence(long id, String ruleCode, String fileName, byte[] content) {
        MonthlyAssessment a = load(id);
        requireFill(a);
        step(a, AssessmentAction.EDIT);
        AssessmentEvidencePolicy.Result check = AssessmentEvidencePolicy.check(fileName, content);
        if (check.refusal().isPresent()) {
            throw new BusinessException("evidence", check.why());
        }
        long count = em.createQuery("select count(e) from AssessmentEvidence e where e.assessment.id = :a", Long.class)
                .setParameter("a", id).getSingleResult();
        if (count >= 20) {
            throw new BusinessException("evidence", "每份考评表最多 20 个佐证材料");
        }
        AssessmentEvidence e = new AssessmentEvidence(a, ruleCode == null || ruleCode.isBlank() ? null : ruleCode,
                fileName.strip(), check.contentType(), content.length, Times.now(), caller());
        em.persist(e);
        em.flush();
        em.persist(new AssessmentEvidenceContent(e.getId(), content));
        audit.created(e, null);
        return AssessmentEvidenceInfo.of(e);
    }

    @RolesAllowed(Role.Names.STAFF)
    public void removeEvidence(long evidenceId, long expectedVersion) {
        AssessmentEvidence e = em.find(AssessmentEvidence.class, evidenceId);
        if (e == null) {
            throw new BusinessException("该材料不存在或已被删除");
        }
        if (e.getVersion() != expectedVersion) {
            throw new OptimisticLockException("材料 " + e.getFileName() + " 已被他人修改");
        }
        requireFill(e.getAssessment());
        step(e.getAssessment(), AssessmentAction.EDIT);
        em.createQuery("delete from AssessmentEvidenceContent c where c.evidenceId = :id").setParameter("id", evidenceId)
                .executeUpdate();
        audit.deleted(e, null);
        em.remove(e);
    }

    /** An evidence file's bytes, for whoever may see the sheet. */
    public EvidenceFile evidenceFile(long evidenceId) {
        AssessmentEvidence e = em.find(AssessmentEvidence.class, evidenceId);
        if (e == null) {
            throw new BusinessException("该材料不存在或已被删除");
        }
        MonthlyAssessment a = e.getAssessment();
        if (!scope().canSee(branchOf(a), a.getWindow().getId())) {
            throw new BusinessException("只能查看本人窗口或本支部的佐证材料");
        }
        byte[] bytes = em.createQuery("select c from AssessmentEvidenceContent c where c.evidenceId = :id",
                AssessmentEvidenceContent.class).setParameter("id", evidenceId).getSingleResult().getContent();
        return new EvidenceFile(e.getFileName(), e.getContentType(), bytes);
    }

    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    private void apply(MonthlyAssessment a, Map<String, AssessmentFigure> figures, String selfNote) {
        Map<String, AssessmentFigure> f = figures == null ? Map.of() : figures;
        SchemeInForce scheme = SchemeMapper.map(a.getSchemeVersion().toSpec());
        AssessmentFigureRules.check(scheme, f).ifPresent(p -> {
            throw new BusinessException(p.field(), p.message());
        });
        String note = selfNote == null || selfNote.isBlank() ? null : selfNote.strip();
        if (note != null && note.length() > 1000) {
            throw new BusinessException("selfNote", "自评说明最多 1000 字");
        }
        a.setFigures(f);
        a.setSelfNote(note);
    }

    private void score(MonthlyAssessment a) {
        RankingMonth m = reader.month(a.getSubjectKind(), a.getPeriodYm());
        long subjectId = a.getStaff() == null ? a.getWindow().getId() : a.getStaff().getId();
        m.find(subjectId).ifPresent(r -> a.setScore(r.item().total(), r.item().score().vetoed()));
    }

    private AssessmentStatus step(MonthlyAssessment a, AssessmentAction action) {
        AssessmentFlow.Result r = AssessmentFlow.apply(action, a.getStatus());
        if (r.to() == null) {
            throw new BusinessException(r.why());
        }
        return r.to();
    }

    private void requireFill(MonthlyAssessment a) {
        if (!scope().canFill(a.getWindow().getId())) {
            throw new BusinessException("只能填报本人所在窗口的考评表");
        }
    }

    private void requireReview(MonthlyAssessment a) {
        if (!scope().canReview(branchOf(a))) {
            throw new BusinessException("只能审核本支部窗口的考评表");
        }
        self.check(ConflictOfInterest.Step.SHEET_REVIEW, people(a));
    }

    /**
     * The people a sheet is about: the staff member of a personal sheet, everyone working in the window of a
     * window sheet (a secretary who works in that window does not review its sheet).
     */
    private List<Long> people(MonthlyAssessment a) {
        if (a.getStaff() != null) {
            return List.of(a.getStaff().getId());
        }
        return org.staffIdsOfWindow(a.getWindow().getId());
    }

    /** The page offers no review or correction of one's own sheet (the service refuses them too). */
    private java.util.Set<AssessmentAction> withoutSelf(MonthlyAssessment a, java.util.Set<AssessmentAction> actions) {
        if (self.refusal(ConflictOfInterest.Step.SHEET_REVIEW, people(a)).isEmpty()) {
            return actions;
        }
        java.util.Set<AssessmentAction> out = java.util.EnumSet.noneOf(AssessmentAction.class);
        out.addAll(actions);
        out.removeAll(List.of(AssessmentAction.APPROVE, AssessmentAction.RETURN, AssessmentAction.CORRECT));
        return out;
    }

    private static Long branchOf(MonthlyAssessment a) {
        return a.getWindow().branch() == null ? null : a.getWindow().branch().getId();
    }

    private static String total(MonthlyAssessment a) {
        return a.getTotalPoints() == null ? "—" : a.getTotalPoints().toPlainString();
    }

    private MonthlyAssessment load(long id) {
        MonthlyAssessment a = em.find(MonthlyAssessment.class, id);
        if (a == null) {
            throw new BusinessException("该考评表不存在");
        }
        return a;
    }

    private MonthlyAssessment load(long id, long expectedVersion) {
        MonthlyAssessment a = load(id);
        checkVersion(a, expectedVersion);
        return a;
    }

    // after the scope check, so a refused caller learns nothing about the sheet
    private static void checkVersion(MonthlyAssessment a, long expectedVersion) {
        if (a.getVersion() != expectedVersion) {
            throw new OptimisticLockException("考评表 " + a.auditLabel() + " 已被他人修改");
        }
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? AuditService.SYSTEM : context.getCallerPrincipal().getName();
    }

    static boolean same(Long a, Long b) {
        return Objects.equals(a, b);
    }
}
