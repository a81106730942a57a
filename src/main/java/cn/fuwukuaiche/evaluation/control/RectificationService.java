package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.db.JpqlFilter;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.AppealStatus;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingAppeal;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.evaluation.entity.RectificationEvidence;
import cn.fuwukuaiche.evaluation.entity.RectificationStatus;
import cn.fuwukuaiche.evaluation.entity.RectificationStep;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import cn.fuwukuaiche.evaluation.control.tally.RatingTally;
import cn.fuwukuaiche.evaluation.control.tally.TallyJpaSql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 差评整改 and 申诉. The window's own staff record the call-back, the fix (with evidence) and the one
 * follow-up rating, and may appeal a 差评; the leader decides an appeal with a reason, and an upheld appeal
 * takes the rating out of every score ({@code excluded}). Everyone in scope (STAFF their window, SECRETARY
 * their branch, LEADER and ADMIN all) sees the list with its green / yellow / red lights. Every step is audited.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.SECRETARY, Role.Names.LEADER, Role.Names.ADMIN})
public class RectificationService {

    @Inject
    SelfDecisionGuard self;

    public static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_EVIDENCE_FILES = 5;
    public static final Set<String> EVIDENCE_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

    @PersistenceContext
    EntityManager em;

    @Inject
    RatingScopes scopes;

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkCalendarProvider calendars;

    @Inject
    RectificationOpener opener;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    @Inject
    jakarta.enterprise.event.Event<AppealDecided> appealDecided;

    /** Null parts mean "any". */
    public record RectificationFilter(Long windowId, boolean openOnly, DeadlineLight light) {
    }

    /**
     * One line of the list. {@code light} is null for closed items and for items whose deadline is unknown;
     * then {@code deadlineProblem} says why (the calendar's own message).
     */
    public record Row(Rectification rectification, DeadlineLight light, boolean callbackLate, boolean fixLate,
                      String deadlineProblem, RatingAppeal appeal) {
    }

    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    public List<Row> list(RectificationFilter f) {
        WindowScope scope = scopes.current();
        if (scope.isEmpty()) {
            return List.of();
        }
        opener.fillMissingDeadlines();
        var q = new JpqlFilter("select r from Rectification r join fetch r.rating rt join fetch r.window w "
                + "left join fetch rt.staff")
                .and("w.id in :scope", "scope", scope.all() ? null : scope.windowIds())
                .and("w.id = :window", "window", f.windowId())
                .and("r.status in :open", "open", f.openOnly()
                        ? List.of(RectificationStatus.WAITING_CALLBACK, RectificationStatus.FIXING) : null)
                .query(em, Rectification.class, "r.openedOn desc, r.id desc");
        List<Rectification> found = q.getResultList();
        Map<Long, RatingAppeal> appeals = appealsByRating(found.stream().map(r -> r.getRating().getId()).toList());
        WorkCalendar cal = calendars.current();
        int yellow = RatingSettingsService.current(em).getYellowWorkingDays();
        LocalDate today = Times.today();
        List<Row> rows = new ArrayList<>();
        for (Rectification r : found) {
            Row row = row(r, appeals.get(r.getRating().getId()), cal, yellow, today);
            if (f.light() == null || f.light() == row.light()) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.light() == null ? 3 : 2 - r.light().ordinal())
                .thenComparing(r -> r.rectification().getOpenedOn(), Comparator.reverseOrder()));
        return rows;
    }

    public Row get(long id) {
        Rectification r = load(id);
        return row(r, appealsByRating(List.of(r.getRating().getId())).get(r.getRating().getId()), calendars.current(),
                RatingSettingsService.current(em).getYellowWorkingDays(), Times.today());
    }

    /** A stored piece of evidence without its content. */
    public record EvidenceInfo(long id, RectificationStep step, String fileName, String contentType, int sizeBytes,
                               LocalDateTime uploadedAt, String uploadedBy) {
    }

    public List<EvidenceInfo> evidence(long rectificationId) {
        load(rectificationId);
        return em.createQuery("select e.id, e.step, e.fileName, e.contentType, e.sizeBytes, e.uploadedAt, e.uploadedBy "
                        + "from RectificationEvidence e where e.rectificationId = :id order by e.id", Object[].class)
                .setParameter("id", rectificationId).getResultList().stream()
                .map(o -> new EvidenceInfo((Long) o[0], (RectificationStep) o[1], (String) o[2], (String) o[3],
                        ((Number) o[4]).intValue(), (LocalDateTime) o[5], (String) o[6]))
                .toList();
    }

    public EvidenceFile evidenceContent(long evidenceId) {
        RectificationEvidence e = em.find(RectificationEvidence.class, evidenceId);
        if (e == null) {
            throw new BusinessException("该材料不存在");
        }
        load(e.getRectificationId());
        return new EvidenceFile(e.getFileName(), e.getContentType(), e.getContent());
    }

    /** 回访: the rater was called back; the note says what they said. Evidence optional. */
    @RolesAllowed(Role.Names.STAFF)
    public Rectification recordCallback(long id, long expectedVersion, String note, List<EvidenceFile> files) {
        Rectification r = loadForAction(id, expectedVersion);
        if (r.getStatus() != RectificationStatus.WAITING_CALLBACK) {
            throw new BusinessException("该整改单已回访或已结束");
        }
        String n = text(note, "callbackNote", "请填写回访情况：何时联系了评价人、对方反映了什么", 1000);
        checkFiles(files, false);
        var before = r.auditState();
        r.recordCallback(Times.now(), caller(), n);
        storeFiles(r, RectificationStep.CALLBACK, files);
        em.flush();
        audit.updated(before, r, RectificationRules.late(r.getCallbackDue(), r.getCallbackAt()) ? "回访超期" : null);
        return r;
    }

    /** 整改: what was fixed, with at least one piece of evidence (photo, scan or PDF). */
    @RolesAllowed(Role.Names.STAFF)
    public Rectification recordFix(long id, long expectedVersion, String note, List<EvidenceFile> files) {
        Rectification r = loadForAction(id, expectedVersion);
        if (r.getStatus() == RectificationStatus.WAITING_CALLBACK) {
            throw new BusinessException("请先记录回访，再记录整改");
        }
        if (r.getStatus() != RectificationStatus.FIXING) {
            throw new BusinessException("该整改单已结束");
        }
        String n = text(note, "fixNote", "请填写整改措施和结果", 2000);
        checkFiles(files, true);
        var before = r.auditState();
        r.recordFix(Times.now(), caller(), n);
        storeFiles(r, RectificationStep.FIX, files);
        em.flush();
        audit.updated(before, r, RectificationRules.late(r.getFixDue(), r.getFixedAt()) ? "整改超期" : null);
        return r;
    }

    /** 复评: the rater's one follow-up rating after the fix, as the staff recorded it on the call. */
    @RolesAllowed(Role.Names.STAFF)
    public Rectification recordFollowUp(long id, long expectedVersion, RatingLevel level) {
        Rectification r = loadForAction(id, expectedVersion);
        if (level == null) {
            throw new BusinessException("followUpLevel", "请选择复评结果");
        }
        if (r.getStatus() != RectificationStatus.FIXED) {
            throw new BusinessException("followUpLevel", "整改完成后才能录入复评");
        }
        if (r.getFollowUpLevel() != null) {
            throw new BusinessException("followUpLevel", "每条差评只允许一次复评，已于 " + Times.format(r.getFollowUpAt()) + " 录入");
        }
        var before = r.auditState();
        r.recordFollowUp(level, Times.now(), caller());
        em.flush();
        audit.updated(before, r, null);
        return r;
    }

    /** 申诉: the window's staff hold a 差评 to be malicious or mistaken. One appeal per rating. */
    @RolesAllowed(Role.Names.STAFF)
    public RatingAppeal appeal(long ratingId, String reason) {
        Rating rating = em.find(Rating.class, ratingId);
        if (rating == null) {
            throw new BusinessException("该评价不存在");
        }
        requireOwnWindow(rating.getWindow());
        if (!rating.isBad()) {
            throw new BusinessException("只能对差评（不满意、非常不满意）提出申诉");
        }
        if (!appealsByRating(List.of(ratingId)).isEmpty()) {
            throw new BusinessException("该评价已提出过申诉，每条评价只能申诉一次");
        }
        String r = text(reason, "appealReason", "请写明申诉理由：为何认为该评价属恶意或误评", 1000);
        if (r.length() < 5) {
            throw new BusinessException("appealReason", "申诉理由至少 5 个字");
        }
        RatingAppeal a = new RatingAppeal(rating, r, caller());
        em.persist(a);
        em.flush();
        audit.created(a, null);
        return a;
    }

    /** The leader's decision, always with a reason. Upheld: the rating leaves every score, its rectification ends. */
    @RolesAllowed(Role.Names.LEADER)
    public RatingAppeal decide(long appealId, long expectedVersion, boolean upheld, String reason) {
        RatingAppeal a = em.find(RatingAppeal.class, appealId);
        if (a == null) {
            throw new BusinessException("该申诉不存在");
        }
        if (a.getVersion() != expectedVersion) {
            throw new OptimisticLockException("该申诉已被他人处理");
        }
        if (!RectificationRules.decidable(a.getStatus())) {
            throw new BusinessException("该申诉已裁定：" + a.getStatus().label());
        }
        self.check(ConflictOfInterest.Step.APPEAL_DECISION, a.getRating().getStaff() == null ? null : a.getRating().getStaff().getId());
        String r = text(reason, "decisionReason", "请写明裁定理由", 1000);
        var before = a.auditState();
        a.decide(upheld, caller(), r, Times.now());
        Rating rating = a.getRating();
        String details = null;
        if (upheld) {
            RatingTally.setExcluded(new TallyJpaSql(em), rating, true); // and the supervisor's tally
            Rectification rect = em.createQuery("select r from Rectification r where r.rating.id = :id", Rectification.class)
                    .setParameter("id", rating.getId()).getResultStream().findFirst().orElse(null);
            if (rect != null && rect.getStatus().isOpen()) {
                var rb = rect.auditState();
                rect.voidByAppeal();
                em.flush();
                audit.updated(rb, rect, "申诉成立");
            }
            details = "评价 " + rating.getId() + " 已从所有得分中剔除";
        }
        appealDecided.fire(new AppealDecided(a.getId(), a.getAppealedBy(), a.getWindow().getId(), upheld));
        em.flush();
        audit.event(AuditAction.DECISION, a.auditType(), a.getId(), "裁定" + a.auditLabel() + "：" + a.getStatus().label(),
                String.join("\n", cn.fuwukuaiche.audit.control.Changes.diff(before, a.auditState()))
                        + (details == null ? "" : "\n" + details), r);
        return a;
    }

    /** Appeals in scope, newest first; {@code pendingOnly} for the leader's to-do list. */
    public List<RatingAppeal> appeals(boolean pendingOnly) {
        WindowScope scope = scopes.current();
        if (scope.isEmpty()) {
            return List.of();
        }
        String jpql = "select a from RatingAppeal a join fetch a.rating r join fetch a.window w left join fetch r.staff where 1 = 1"
                + (scope.all() ? "" : " and w.id in :scope") + (pendingOnly ? " and a.status = :pending" : "")
                + " order by a.appealedAt desc";
        var q = em.createQuery(jpql, RatingAppeal.class);
        if (!scope.all()) {
            q.setParameter("scope", scope.windowIds());
        }
        if (pendingOnly) {
            q.setParameter("pending", AppealStatus.PENDING);
        }
        return q.getResultList();
    }

    private Row row(Rectification r, RatingAppeal appeal, WorkCalendar cal, int yellow, LocalDate today) {
        DeadlineLight light = null;
        String problem = null;
        if (r.getFixDue() == null || r.getCallbackDue() == null) {
            try {
                RectificationRules.deadlines(r.getOpenedOn(), r.getFixWorkingDays(), cal);
            } catch (UnknownYearException e) {
                problem = e.getMessage();
            }
        } else {
            try {
                light = RectificationRules.light(r.getStatus(), r.getCallbackDue(), r.getFixDue(), today, yellow, cal);
            } catch (UnknownYearException e) {
                problem = e.getMessage();
            }
        }
        return new Row(r, light, RectificationRules.late(r.getCallbackDue(), r.getCallbackAt()),
                RectificationRules.late(r.getFixDue(), r.getFixedAt()), problem, appeal);
    }

    private Map<Long, RatingAppeal> appealsByRating(List<Long> ratingIds) {
        Map<Long, RatingAppeal> m = new HashMap<>();
        if (ratingIds.isEmpty()) {
            return m;
        }
        for (RatingAppeal a : em.createQuery("select a from RatingAppeal a where a.rating.id in :ids", RatingAppeal.class)
                .setParameter("ids", ratingIds).getResultList()) {
            m.put(a.getRating().getId(), a);
        }
        return m;
    }

    private Rectification load(long id) {
        Rectification r = em.find(Rectification.class, id);
        if (r == null || !scopes.current().allows(r.getWindow().getId())) {
            throw new BusinessException("该整改单不存在或不在您的管辖范围内");
        }
        return r;
    }

    private Rectification loadForAction(long id, long expectedVersion) {
        Rectification r = em.find(Rectification.class, id);
        if (r == null) {
            throw new BusinessException("该整改单不存在");
        }
        requireOwnWindow(r.getWindow());
        if (r.getVersion() != expectedVersion) {
            throw new OptimisticLockException("整改单 " + id + " 已被他人修改");
        }
        return r;
    }

    private void requireOwnWindow(ServiceWindow w) {
        UserAccount me = currentUser.account().orElse(null);
        if (me == null || !context.isCallerInRole(Role.Names.STAFF) || me.getWindowId() == null || !me.getWindowId().equals(w.getId())) {
            throw new BusinessException("只有 " + w.getWindowNo() + " 窗口的工作人员可以办理此事项");
        }
    }

    private static String text(String value, String field, String missing, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(field, missing);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new BusinessException(field, "最多 " + max + " 个字");
        }
        return v;
    }

    private static void checkFiles(List<EvidenceFile> files, boolean required) {
        List<EvidenceFile> list = files == null ? List.of() : files;
        if (required && list.isEmpty()) {
            throw new BusinessException("evidence", "请上传整改佐证材料（照片、扫描件或 PDF）");
        }
        if (list.size() > MAX_EVIDENCE_FILES) {
            throw new BusinessException("evidence", "每一步最多上传 " + MAX_EVIDENCE_FILES + " 个文件");
        }
        for (EvidenceFile f : list) {
            if (f.content() == null || f.content().length == 0) {
                throw new BusinessException("evidence", "文件“" + f.fileName() + "”是空的");
            }
            if (f.content().length > MAX_EVIDENCE_BYTES) {
                throw new BusinessException("evidence", "文件“" + f.fileName() + "”超过 5 MB");
            }
            if (!EVIDENCE_TYPES.contains(f.contentType())) {
                throw new BusinessException("evidence", "文件“" + f.fileName() + "”格式不支持，只能上传 JPG、PNG 或 PDF");
            }
        }
    }

    private void storeFiles(Rectification r, RectificationStep step, List<EvidenceFile> files) {
        if (files == null) {
            return;
        }
        for (EvidenceFile f : files) {
            String name = f.fileName() == null || f.fileName().isBlank() ? "材料" : f.fileName().strip();
            em.persist(new RectificationEvidence(r.getId(), step, name.length() > 200 ? name.substring(0, 200) : name,
                    f.contentType(), f.content(), caller()));
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
