package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.control.Changes;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.entity.ApprovalResult;
import cn.fuwukuaiche.network.entity.ApprovalState;
import cn.fuwukuaiche.network.entity.ApprovalTask;
import cn.fuwukuaiche.network.entity.NetworkSettings;
import cn.fuwukuaiche.network.entity.ParallelApproval;
import cn.fuwukuaiche.network.entity.TaskAnswer;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 并联审批. ADMIN and window STAFF register projects (中心登记); the lead window's STAFF (or ADMIN) accepts,
 * notifies the related windows and finishes; each related window's STAFF answers its own task; LEADER and
 * ADMIN see every project, STAFF the projects their window leads or reviews. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.STAFF})
public class ApprovalService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkSettingsService settingsService;

    @Inject
    DeemedAgreement deemed;

    public record RegisterForm(String projectName, String applicantOrg, BigDecimal investment, Long leadWindowId, int promisedDays) {
    }

    /** One related window and its review period, for 告知相关. */
    public record TaskForm(Long windowId, int reviewDays) {
    }

    /** A task with what counts today and its light. */
    public record TaskView(ApprovalTask task, TaskAnswer effective, DeadlineLight light) {
        /** Deemed by the rules: either recorded by the system or due and not yet recorded. */
        public boolean deemed() {
            return effective == TaskAnswer.DEEMED_AGREE;
        }
    }

    public record ProjectView(ParallelApproval project, DeadlineLight light, List<TaskView> tasks, Optional<ApprovalResult> ready) {
    }

    // ---- steps ------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public ParallelApproval register(RegisterForm form) {
        Input.requireSingleLine("projectName", "项目名称", form.projectName());
        Input.requireSingleLine("applicantOrg", "建设单位", form.applicantOrg());
        String name = form.projectName() == null ? "" : form.projectName().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new BusinessException("projectName", "请输入项目名称（最多 200 字）");
        }
        String org = form.applicantOrg() == null ? "" : form.applicantOrg().strip();
        if (org.isEmpty() || org.length() > 200) {
            throw new BusinessException("applicantOrg", "请输入建设单位（最多 200 字）");
        }
        if (form.investment() != null && (form.investment().signum() < 0 || form.investment().precision() - form.investment().scale() > 12)) {
            throw new BusinessException("investment", "总投资须为非负数（万元）");
        }
        if (form.promisedDays() < 1 || form.promisedDays() > 120) {
            throw new BusinessException("promisedDays", "承诺办结时限须在 1–120 个工作日之间");
        }
        ServiceWindow lead = form.leadWindowId() == null ? null : em.find(ServiceWindow.class, form.leadWindowId());
        if (lead == null || !lead.isActive()) {
            throw new BusinessException("leadWindowId", "请选择牵头窗口");
        }
        LocalDateTime now = Times.now();
        ParallelApproval p = new ParallelApproval(nextNumber(now.toLocalDate()), name, org, form.investment(), lead,
                form.promisedDays(), now, me().getUsername());
        em.persist(p);
        em.flush();
        audit.created(p, null);
        return p;
    }

    /** 窗口受理: the lead window accepts; the overall deadline starts. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public ParallelApproval accept(long id, long expectedVersion) {
        ParallelApproval p = asLead(id, expectedVersion);
        requireStep(p, ApprovalRules.LeadStep.ACCEPT, "受理");
        Map<String, Object> before = p.auditState();
        LocalDateTime now = Times.now();
        p.setState(ApprovalState.ACCEPTED);
        p.setAcceptedAt(now);
        p.setDeadline(CaseDeadlines.deadline(now.toLocalDate(), p.getPromisedDays(), settingsService.calendar()));
        em.flush();
        step(p, "窗口受理", before, null);
        return p;
    }

    /** 告知相关: one task per department, each with its own review period ending by the project deadline. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public ParallelApproval notifyRelated(long id, long expectedVersion, List<TaskForm> related) {
        ParallelApproval p = asLead(id, expectedVersion);
        requireStep(p, ApprovalRules.LeadStep.NOTIFY, "告知相关部门");
        if (related == null || related.isEmpty()) {
            throw new BusinessException("related", "请至少选择一个相关部门的窗口");
        }
        WorkCalendar cal = settingsService.calendar();
        LocalDate today = Times.today();
        Set<Long> units = new HashSet<>();
        Map<String, Object> before = p.auditState();
        for (TaskForm f : related) {
            ServiceWindow w = f.windowId() == null ? null : em.find(ServiceWindow.class, f.windowId());
            if (w == null || !w.isActive()) {
                throw new BusinessException("related", "所选窗口不存在或已停用");
            }
            if (!units.add(w.getUnit().getId())) {
                throw new BusinessException("related", w.getUnit().getName() + " 只能选择一个窗口");
            }
            if (f.reviewDays() < 1 || f.reviewDays() > 60) {
                throw new BusinessException("related", w.label() + "：审批时限须在 1–60 个工作日之间");
            }
            LocalDate deadline = CaseDeadlines.deadline(today, f.reviewDays(), cal);
            if (!ApprovalRules.fitsProjectDeadline(deadline, p.getDeadline())) {
                throw new BusinessException("related", w.label() + "：审批期限 " + Times.format(deadline) + " 晚于项目办结期限 "
                        + Times.format(p.getDeadline()));
            }
            ApprovalTask t = new ApprovalTask(p, w.getUnit(), w, f.reviewDays(), today, deadline);
            em.persist(t);
            p.getTasks().add(t);
        }
        p.setState(ApprovalState.IN_REVIEW);
        p.setNotifiedAt(Times.now());
        em.flush();
        step(p, "告知相关部门（" + related.size() + " 个）", before, null);
        return p;
    }

    /** 同步审批: the related window answers its own task, in time. */
    @RolesAllowed(Role.Names.STAFF)
    public ApprovalTask answer(long taskId, long expectedVersion, TaskAnswer answer, String comment) {
        if (answer == null || answer == TaskAnswer.DEEMED_AGREE) {
            throw new BusinessException("answer", "请选择同意、不同意或需补正材料");
        }
        String note = comment == null ? "" : comment.strip();
        if (answer != TaskAnswer.AGREE && note.isEmpty()) {
            throw new BusinessException("comment", answer == TaskAnswer.REJECT ? "不同意须说明理由" : "请列明需补正的材料");
        }
        if (note.length() > 500) {
            throw new BusinessException("comment", "意见最多 500 字");
        }
        ApprovalTask t = task(taskId, expectedVersion);
        UserAccount me = me();
        if (!Objects.equals(me.getWindowId(), t.getWindow().getId())) {
            throw new BusinessException("该审批任务属于窗口 " + t.getWindow().label() + "，您不能代为答复");
        }
        if (!ApprovalRules.answerable(t.getApproval().getState())) {
            throw new BusinessException("该项目当前为「" + t.getApproval().getState().label() + "」，不能答复");
        }
        if (t.getAnswer() != null) {
            throw new BusinessException(t.getAnswer() == TaskAnswer.NEED_MATERIALS
                    ? "已要求补正材料，待牵头窗口登记材料补齐后再答复" : "本部门已答复（" + t.getAnswer().label() + "）");
        }
        NetworkSettings s = settingsService.current();
        if (ApprovalRules.effectiveAnswer(null, t.getDeadline(), Times.today(), s.isDeemedAgree()).isPresent()) {
            throw new BusinessException("已超过审批期限 " + Times.format(t.getDeadline()) + "，按规定视为同意，不能再答复");
        }
        Map<String, Object> before = t.auditState();
        t.setAnswer(answer);
        t.setAnsweredAt(Times.now());
        t.setAnsweredBy(me.getUsername());
        t.setAnsweredByName(me.getDisplayName());
        t.setComment(note.isEmpty() ? null : note);
        em.flush();
        audit.event(AuditAction.DECISION, t.auditType(), t.getId(), "答复并联审批：" + t.auditLabel() + " " + answer.label(),
                String.join("\n", Changes.diff(before, t.auditState())), note);
        return t;
    }

    /** After 补正: the lead window records that the materials came in; the window's full period restarts. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public ApprovalTask materialsSupplied(long taskId, long expectedVersion) {
        ApprovalTask t = task(taskId, expectedVersion);
        requireLead(t.getApproval());
        if (t.getAnswer() != TaskAnswer.NEED_MATERIALS) {
            throw new BusinessException("该部门没有要求补正材料");
        }
        LocalDate today = Times.today();
        LocalDate deadline = CaseDeadlines.deadline(today, t.getReviewDays(), settingsService.calendar());
        Map<String, Object> before = t.auditState();
        t.setAnswer(null);
        t.setAnsweredAt(null);
        t.setAnsweredBy(null);
        t.setAnsweredByName(null);
        t.setStartedOn(today);
        t.setDeadline(deadline);
        em.flush();
        audit.event(AuditAction.UPDATE, t.auditType(), t.getId(), "补正材料已补齐：" + t.auditLabel(),
                String.join("\n", Changes.diff(before, t.auditState())), null);
        return t;
    }

    /** 限时办结: once every department's part is settled; records due deemed answers first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STAFF})
    public ParallelApproval finish(long id, long expectedVersion, String note) {
        ParallelApproval p = asLead(id, expectedVersion);
        requireStep(p, ApprovalRules.LeadStep.FINISH, "办结");
        deemed.recordDue(p.getId());
        em.refresh(p);
        ProjectView v = view(p);
        ApprovalResult result = v.ready().orElseThrow(() -> new BusinessException(
                "还有部门未答复或在补正材料，暂不能办结"));
        if (note != null && note.strip().length() > 500) {
            throw new BusinessException("note", "办结说明最多 500 字");
        }
        Map<String, Object> before = p.auditState();
        p.setState(ApprovalState.FINISHED);
        p.setFinishedAt(Times.now());
        p.setResult(result);
        p.setResultNote(note == null || note.isBlank() ? null : note.strip());
        em.flush();
        step(p, "限时办结：" + result.label(), before, note);
        return p;
    }

    // ---- reads ------------------------------------------------------------------------------

    /** The board: projects newest first, with lights; STAFF see the projects their window is part of. */
    public List<ProjectView> board() {
        List<ParallelApproval> all = em.createQuery("select distinct p from ParallelApproval p left join fetch p.tasks"
                + " order by p.registeredAt desc", ParallelApproval.class).getResultList();
        return all.stream().filter(this::visible).map(this::view).toList();
    }

    /** One project; due deemed answers are recorded on the way (recording on read). */
    public ProjectView get(long id) {
        ParallelApproval p = em.find(ParallelApproval.class, id);
        if (p == null || !visible(p)) {
            throw new BusinessException("该项目不存在或您无权查看");
        }
        if (deemed.recordDue(id) > 0) {
            em.refresh(p);
        }
        p.getTasks().size();
        return view(p);
    }

    /** A STAFF member's tasks: their window's parts of projects under review, open ones first. */
    @RolesAllowed(Role.Names.STAFF)
    public List<TaskView> myTasks() {
        Long window = me().getWindowId();
        if (window == null) {
            return List.of();
        }
        NetworkSettings s = settingsService.current();
        return em.createQuery("select t from ApprovalTask t join fetch t.approval p where t.window.id = :w"
                        + " order by p.registeredAt desc", ApprovalTask.class)
                .setParameter("w", window).getResultList().stream()
                .map(t -> taskView(t, s, Times.today(), settingsService.calendar()))
                .sorted((a, b) -> Boolean.compare(a.effective() != null, b.effective() != null))
                .toList();
    }

    /** Whether the caller may act as this project's lead window. */
    public boolean isLead(ParallelApproval p) {
        if (currentUser.is(Role.ADMIN)) {
            return true;
        }
        return currentUser.is(Role.STAFF) && Objects.equals(me().getWindowId(), p.getLeadWindow().getId());
    }

    /** Whether the caller answers for this task's window. */
    public boolean answersFor(ApprovalTask t) {
        return currentUser.is(Role.STAFF) && Objects.equals(me().getWindowId(), t.getWindow().getId());
    }

    ProjectView view(ParallelApproval p) {
        NetworkSettings s = settingsService.current();
        WorkCalendar cal = settingsService.calendar();
        LocalDate today = Times.today();
        List<TaskView> tasks = p.getTasks().stream().map(t -> taskView(t, s, today, cal)).toList();
        DeadlineLight light = null;
        if (p.getState() != ApprovalState.FINISHED && p.getDeadline() != null) {
            try {
                light = DeadlineLight.of(today, p.getDeadline(), s.getApprovalYellowDays(), cal);
            } catch (UnknownYearException e) {
                light = null;
            }
        }
        Optional<ApprovalResult> ready = p.getState() == ApprovalState.IN_REVIEW
                ? ApprovalRules.overall(tasks.stream().map(t -> Optional.ofNullable(t.effective())).toList()) : Optional.empty();
        return new ProjectView(p, light, tasks, ready);
    }

    private static TaskView taskView(ApprovalTask t, NetworkSettings s, LocalDate today, WorkCalendar cal) {
        TaskAnswer effective = ApprovalRules.effectiveAnswer(t.getAnswer(), t.getDeadline(), today, s.isDeemedAgree()).orElse(null);
        DeadlineLight light = t.getApproval().getState() == ApprovalState.IN_REVIEW
                ? ApprovalRules.taskLight(t.getAnswer(), t.getDeadline(), today, s.isDeemedAgree(), s.getApprovalYellowDays(), cal).orElse(null)
                : null;
        return new TaskView(t, effective, light);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private boolean visible(ParallelApproval p) {
        if (currentUser.isAny(Role.ADMIN, Role.LEADER)) {
            return true;
        }
        Long w = me().getWindowId();
        return w != null && (w.equals(p.getLeadWindow().getId()) || p.getTasks().stream().anyMatch(t -> w.equals(t.getWindow().getId())));
    }

    private UserAccount me() {
        return currentUser.account().orElseThrow(() -> new BusinessException("请先登录"));
    }

    private ParallelApproval asLead(long id, long expectedVersion) {
        ParallelApproval p = em.find(ParallelApproval.class, id);
        if (p == null) {
            throw new BusinessException("该项目不存在");
        }
        requireLead(p);
        if (p.getVersion() != expectedVersion) {
            throw new OptimisticLockException("项目 " + p.getProjectNumber() + " 已被他人修改");
        }
        return p;
    }

    private void requireLead(ParallelApproval p) {
        if (!isLead(p)) {
            throw new BusinessException("只有牵头窗口 " + p.getLeadWindow().label() + " 的工作人员可以办理此步骤");
        }
    }

    private ApprovalTask task(long taskId, long expectedVersion) {
        ApprovalTask t = em.find(ApprovalTask.class, taskId);
        if (t == null) {
            throw new BusinessException("该审批任务不存在");
        }
        if (t.getVersion() != expectedVersion) {
            throw new OptimisticLockException("该审批任务已被他人修改");
        }
        return t;
    }

    private static void requireStep(ParallelApproval p, ApprovalRules.LeadStep step, String action) {
        if (ApprovalRules.leadStep(p.getState()).filter(step::equals).isEmpty()) {
            throw new BusinessException("项目当前为「" + p.getState().label() + "」，不能" + action);
        }
    }

    private void step(ParallelApproval p, String what, Map<String, Object> before, String reason) {
        audit.event(AuditAction.UPDATE, p.auditType(), p.getId(), what + "：" + p.auditLabel(),
                String.join("\n", Changes.diff(before, p.auditState())), reason);
    }

    /** BL + year + a four-digit number of the year, e.g. BL2026-0003. */
    private String nextNumber(LocalDate day) {
        String prefix = "BL" + day.getYear() + "-";
        String max = em.createQuery("select max(p.projectNumber) from ParallelApproval p where p.projectNumber like :p", String.class)
                .setParameter("p", prefix + "%").getSingleResult();
        int next = max == null ? 1 : Integer.parseInt(max.substring(prefix.length())) + 1;
        return prefix + String.format("%04d", next);
    }
}
