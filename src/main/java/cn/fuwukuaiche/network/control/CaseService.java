package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.control.Changes;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.network.entity.CaseMaterial;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.CaseStepRecord;
import cn.fuwukuaiche.network.entity.NetworkSettings;
import cn.fuwukuaiche.network.entity.ServiceCase;
import cn.fuwukuaiche.network.entity.ServiceItem;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cases handled on a citizen's behalf (代办件). An AGENT acts on the cases at their own node (its inbox
 * holds what lower nodes handed up) and sees the cases that passed through it; LEADER and ADMIN see all
 * cases and the overdue list but take no steps. Every step is recorded with who and when, and is one
 * line in the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
public class CaseService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final List<CaseState> OPEN = List.of(CaseState.ENTRUSTED, CaseState.ACCEPTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkSettingsService settingsService;

    @Inject
    Event<CaseFollowedUp> followedUp;

    @Inject
    Event<CaseHandedUp> handedUp;

    /** The new-case form: which item, for whom, and which of the item's materials were handed in. */
    public record CaseForm(Long itemId, String applicantName, String applicantPhone, String request, Set<String> providedMaterials) {
    }

    /** What the applicant takes home: the number and the query code for the public lookup. */
    public record Receipt(long caseId, String caseNumber, String queryCode, CaseState state, LocalDate deadline) {
    }

    /** A case with its light for lists: {@code light} is empty for handled cases and unknown years. */
    public record CaseRow(ServiceCase serviceCase, DeadlineLight light, Integer workingDaysLeft, Boolean handledOnTime) {
    }

    public record CaseFilter(String text, CaseState state, Long nodeId, LocalDate from, LocalDate to) {
        public static CaseFilter all() {
            return new CaseFilter(null, null, null, null, null);
        }
    }

    // ---- steps ------------------------------------------------------------------------------

    @RolesAllowed(Role.Names.AGENT)
    public Receipt create(CaseForm form) {
        Actor me = agent();
        if (!me.node().isOpen()) {
            throw new BusinessException("本网点当前" + me.node().getStatus().label() + "，不能受理新办件");
        }
        if (form.itemId() == null) {
            throw new BusinessException("itemId", "请选择服务事项");
        }
        ServiceItem item = em.find(ServiceItem.class, form.itemId());
        if (item == null || !item.isActive()) {
            throw new BusinessException("itemId", "该事项不存在或已取消");
        }
        CaseFlow.requireAcceptable(item.getAcceptLevels(), me.node().getLevel(), item.getName());
        // the one input normaliser: no line break in the name or phone; the phone as 11 digits (+86 and spaces dropped)
        Input.requireSingleLine("applicantName", "申请人姓名", form.applicantName());
        Input.requireSingleLine("applicantPhone", "联系电话", form.applicantPhone());
        Input.requireMultiLine("request", "办理诉求", form.request());
        String name = form.applicantName() == null ? "" : form.applicantName().strip();
        if (name.isEmpty()) {
            throw new BusinessException("applicantName", "请输入申请人姓名");
        }
        if (name.length() > 32) {
            throw new BusinessException("applicantName", "姓名最多 32 个字");
        }
        String phone = form.applicantPhone() == null ? "" : Objects.requireNonNullElse(Input.phone(form.applicantPhone()), "");
        if (!PHONE.matcher(phone).matches()) {
            throw new BusinessException("applicantPhone", "请输入 11 位手机号或带区号的固定电话");
        }
        if (form.request() != null && form.request().strip().length() > 500) {
            throw new BusinessException("request", "办理诉求最多 500 字");
        }
        LocalDateTime now = Times.now();
        ServiceCase c = new ServiceCase(nextNumber(now.toLocalDate()), newQueryCode(), item, name, phone, me.node(), now);
        c.setRequest(NodeService.blankToNull(form.request()));
        Set<String> provided = form.providedMaterials() == null ? Set.of() : form.providedMaterials();
        for (String m : item.materialList()) {
            c.getMaterials().add(new CaseMaterial(m, provided.contains(m)));
        }
        em.persist(c);
        record(c, CaseStep.ENTRUST, me, null, null, now);
        if (c.allMaterialsProvided()) {
            accept(c, me, now);
        }
        em.flush();
        audit.created(c, null);
        return new Receipt(c.getId(), c.getCaseNumber(), c.getQueryCode(), c.getState(), c.getDeadline());
    }

    /** 受理 once the materials are complete (一次性告知: the refusal lists every missing one). */
    @RolesAllowed(Role.Names.AGENT)
    public ServiceCase accept(long id, long expectedVersion, Set<String> providedMaterials) {
        Actor me = agent();
        ServiceCase c = actable(id, expectedVersion, me);
        CaseFlow.require(c.getState(), CaseStep.ACCEPT);
        Map<String, Object> before = c.auditState();
        Set<String> provided = providedMaterials == null ? Set.of() : providedMaterials;
        c.getMaterials().forEach(m -> m.setProvided(m.isProvided() || provided.contains(m.getName())));
        if (!c.allMaterialsProvided()) {
            throw new BusinessException("materials", "材料未齐全，尚缺：" + String.join("、",
                    c.getMaterials().stream().filter(m -> !m.isProvided()).map(CaseMaterial::getName).toList()));
        }
        accept(c, me, Times.now());
        em.flush();
        auditStep(c, CaseStep.ACCEPT, before, null);
        return c;
    }

    private void accept(ServiceCase c, Actor me, LocalDateTime now) {
        c.setState(CaseFlow.require(c.getState(), CaseStep.ACCEPT));
        c.setAcceptedAt(now);
        WorkCalendar cal = settingsService.calendar();
        c.setPromisedDays(c.getItem().getPromisedDays());
        c.setDeadline(CaseDeadlines.deadline(now.toLocalDate(), c.getPromisedDays(), cal));
        c.setHandUpBy(CaseFlow.mustHandUp(c.getItem().getHandleLevels(), c.getCurrentNode().getLevel())
                ? CaseDeadlines.handUpBy(now.toLocalDate(), settings().getHandUpDays(), cal) : null);
        record(c, CaseStep.ACCEPT, me, null, null, now);
    }

    /** 上交: to the node above, with a reason; the case lands in that node's inbox. */
    @RolesAllowed(Role.Names.AGENT)
    public ServiceCase handUp(long id, long expectedVersion, String reason) {
        Actor me = agent();
        ServiceCase c = actable(id, expectedVersion, me);
        CaseFlow.require(c.getState(), CaseStep.HAND_UP);
        ServiceNode from = c.getCurrentNode();
        ServiceNode to = from.getParent();
        CaseFlow.requireHandUp(from.getLevel(), to != null, reason);
        Map<String, Object> before = c.auditState();
        LocalDateTime now = Times.now();
        c.setCurrentNode(to);
        c.setHandUpCount(c.getHandUpCount() + 1);
        c.setHandUpBy(CaseFlow.mustHandUp(c.getItem().getHandleLevels(), to.getLevel())
                ? CaseDeadlines.handUpBy(now.toLocalDate(), settings().getHandUpDays(), settingsService.calendar()) : null);
        record(c, CaseStep.HAND_UP, me, to, reason.strip(), now);
        em.flush();
        auditStep(c, CaseStep.HAND_UP, before, reason);
        handedUp.fire(new CaseHandedUp(c.getId(), to.getId(), c.getCaseNumber(), c.getItem().getName()));
        return c;
    }

    /** 办理: the node handles it; a higher node's result goes back to the accepting node for delivery. */
    @RolesAllowed(Role.Names.AGENT)
    public ServiceCase handle(long id, long expectedVersion, String result) {
        Actor me = agent();
        ServiceCase c = actable(id, expectedVersion, me);
        CaseFlow.require(c.getState(), CaseStep.HANDLE);
        CaseFlow.requireHandleable(c.getItem().getHandleLevels(), me.node().getLevel(), c.getItem().getName());
        if (result == null || result.isBlank()) {
            throw new BusinessException("result", "请填写办理结果");
        }
        if (result.strip().length() > 500) {
            throw new BusinessException("result", "办理结果最多 500 字");
        }
        Map<String, Object> before = c.auditState();
        LocalDateTime now = Times.now();
        c.setState(CaseState.HANDLED);
        c.setHandledAt(now);
        c.setHandledNode(me.node());
        c.setResult(result.strip());
        c.setHandUpBy(null);
        record(c, CaseStep.HANDLE, me, null, result.strip(), now);
        if (!c.getOriginNode().equals(me.node())) {
            c.setCurrentNode(c.getOriginNode());
            record(c, CaseStep.RETURN, me, c.getOriginNode(), null, now);
        }
        em.flush();
        auditStep(c, CaseStep.HANDLE, before, null);
        return c;
    }

    /** 送达, 归档 or 上报: the simple steps after handling, each with an optional note. */
    @RolesAllowed(Role.Names.AGENT)
    public ServiceCase advance(long id, long expectedVersion, CaseStep step, String note) {
        if (step != CaseStep.DELIVER && step != CaseStep.ARCHIVE && step != CaseStep.REPORT) {
            throw new BusinessException("该步骤不能直接执行：" + step.label());
        }
        if (note != null && note.strip().length() > 500) {
            throw new BusinessException("note", "备注最多 500 字");
        }
        Actor me = agent();
        ServiceCase c = actable(id, expectedVersion, me);
        CaseState next = CaseFlow.require(c.getState(), step);
        Map<String, Object> before = c.auditState();
        LocalDateTime now = Times.now();
        c.setState(next);
        switch (step) {
            case DELIVER -> c.setDeliveredAt(now);
            case ARCHIVE -> c.setArchivedAt(now);
            default -> c.setReportedAt(now);
        }
        record(c, step, me, null, NodeService.blankToNull(note), now);
        em.flush();
        auditStep(c, step, before, note);
        return c;
    }

    /** 回访: the applicant's satisfaction, which counts as a 好差评 rating (see {@link CaseFollowedUp}). */
    @RolesAllowed(Role.Names.AGENT)
    public ServiceCase followUp(long id, long expectedVersion, RatingLevel satisfaction, String note) {
        if (satisfaction == null) {
            throw new BusinessException("satisfaction", "请选择申请人的满意度");
        }
        if (note != null && note.strip().length() > 500) {
            throw new BusinessException("note", "回访记录最多 500 字");
        }
        Actor me = agent();
        ServiceCase c = actable(id, expectedVersion, me);
        CaseState next = CaseFlow.require(c.getState(), CaseStep.FOLLOW_UP);
        Map<String, Object> before = c.auditState();
        c.setState(next);
        LocalDateTime now = Times.now();
        c.setFollowedUpAt(now);
        c.setSatisfaction(satisfaction);
        c.setFollowUpNote(NodeService.blankToNull(note));
        record(c, CaseStep.FOLLOW_UP, me, null, "满意度：" + satisfaction.label()
                + (note == null || note.isBlank() ? "" : "；" + note.strip()), now);
        em.flush();
        auditStep(c, CaseStep.FOLLOW_UP, before, note);
        followedUp.fire(new CaseFollowedUp(c.getId(), c.getHandledNode().getId(), ratedWindowId(c), satisfaction, now));
        return c;
    }

    /** The item's 承办 window when the county hall handled the case: the window whose service was rated. */
    static Long ratedWindowId(ServiceCase c) {
        if (c.getHandledNode() == null || c.getHandledNode().getLevel() != cn.fuwukuaiche.network.entity.NodeLevel.COUNTY
                || c.getItem().getWindow() == null) {
            return null;
        }
        return c.getItem().getWindow().getId();
    }

    // ---- reads ------------------------------------------------------------------------------

    /** The caller's own node (an agent's). */
    @RolesAllowed(Role.Names.AGENT)
    public ServiceNode myNode() {
        return agent().node();
    }

    /** One case, if the caller may see it (an agent: it is or was at their node). */
    public ServiceCase get(long id) {
        ServiceCase c = em.find(ServiceCase.class, id);
        if (c == null || !visible(c)) {
            throw new BusinessException("该办件不存在或不在您的网点范围内");
        }
        c.getSteps().size();
        return c;
    }

    /** Whether the caller may take a step on this case now (an agent of its current node). */
    public boolean canAct(ServiceCase c) {
        if (!currentUser.is(Role.AGENT)) {
            return false;
        }
        Long node = currentUser.account().map(UserAccount::getNodeId).orElse(null);
        return node != null && node.equals(c.getCurrentNode().getId());
    }

    public List<CaseRow> list(CaseFilter f) {
        StringBuilder jpql = new StringBuilder("select c from ServiceCase c left join c.handledNode hn where 1 = 1");
        Long myNode = scopeNode();
        if (myNode != null) {
            jpql.append(" and (c.currentNode.id = :me or c.originNode.id = :me or exists (select s from CaseStepRecord s"
                    + " left join s.toNode t where s.serviceCase = c and (s.node.id = :me or t.id = :me)))");
        }
        String text = f.text() == null ? "" : f.text().strip();
        if (!text.isEmpty()) {
            jpql.append(" and (c.caseNumber like :text or c.item.name like :text)");
        }
        if (f.state() != null) {
            jpql.append(" and c.state = :state");
        }
        if (f.nodeId() != null) {
            jpql.append(" and (c.originNode.id = :node or c.currentNode.id = :node or hn.id = :node)");
        }
        if (f.from() != null) {
            jpql.append(" and c.entrustedAt >= :from");
        }
        if (f.to() != null) {
            jpql.append(" and c.entrustedAt < :to");
        }
        jpql.append(" order by c.entrustedAt desc, c.id desc");
        TypedQuery<ServiceCase> q = em.createQuery(jpql.toString(), ServiceCase.class);
        if (myNode != null) {
            q.setParameter("me", myNode);
        }
        if (!text.isEmpty()) {
            q.setParameter("text", "%" + text.replace("%", "").replace("_", "") + "%");
        }
        if (f.state() != null) {
            q.setParameter("state", f.state());
        }
        if (f.nodeId() != null) {
            q.setParameter("node", f.nodeId());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to().plusDays(1).atStartOfDay());
        }
        return rows(q.setMaxResults(2000).getResultList());
    }

    /** An agent's inbox: cases lower nodes handed up to this node, not yet handled. */
    @RolesAllowed(Role.Names.AGENT)
    public List<CaseRow> inbox() {
        Actor me = agent();
        return rows(em.createQuery("select c from ServiceCase c where c.currentNode = :me and c.originNode <> :me"
                        + " and c.state = :accepted order by c.deadline, c.id", ServiceCase.class)
                .setParameter("me", me.node()).setParameter("accepted", CaseState.ACCEPTED).getResultList());
    }

    /** Open cases past a deadline (promise or hand-up), and with {@code includeYellow} those close to one. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public List<CaseRow> overdue(boolean includeYellow) {
        List<ServiceCase> open = em.createQuery("select c from ServiceCase c where c.state = :accepted", ServiceCase.class)
                .setParameter("accepted", CaseState.ACCEPTED).getResultList();
        return rows(open).stream()
                .filter(r -> r.light() == DeadlineLight.RED || includeYellow && r.light() == DeadlineLight.YELLOW)
                .sorted(Comparator.comparing((CaseRow r) -> r.light() == DeadlineLight.RED ? 0 : 1)
                        .thenComparing(r -> r.workingDaysLeft() == null ? 0 : r.workingDaysLeft()))
                .toList();
    }

    /** The light and days left of one case, for its page. */
    public CaseRow rowOf(ServiceCase c) {
        return rows(List.of(c)).get(0);
    }

    List<CaseRow> rows(List<ServiceCase> cases) {
        NetworkSettings s = settings();
        WorkCalendar cal = settingsService.calendar();
        LocalDate today = Times.today();
        return cases.stream().map(c -> row(c, today, s.getCaseYellowDays(), cal)).toList();
    }

    static CaseRow row(ServiceCase c, LocalDate today, int yellowDays, WorkCalendar cal) {
        if (c.getState().isHandled()) {
            return new CaseRow(c, null, null, CaseDeadlines.handledOnTime(c.handledOn(), c.getDeadline()));
        }
        LocalDate nearest = c.getHandUpBy() != null && c.getDeadline() != null && c.getHandUpBy().isBefore(c.getDeadline())
                ? c.getHandUpBy() : c.getDeadline();
        return new CaseRow(c, CaseDeadlines.openLight(today, c.getDeadline(), c.getHandUpBy(), yellowDays, cal).orElse(null),
                CaseDeadlines.workingDaysLeft(today, nearest, cal).orElse(null), null);
    }

    // ---- helpers ----------------------------------------------------------------------------

    record Actor(UserAccount account, ServiceNode node) {
    }

    private Actor agent() {
        UserAccount me = currentUser.account().orElseThrow(() -> new BusinessException("请先登录"));
        if (me.getNodeId() == null) {
            throw new BusinessException("您的账号未绑定服务网点，请联系管理员");
        }
        ServiceNode node = em.find(ServiceNode.class, me.getNodeId());
        if (node == null) {
            throw new BusinessException("您绑定的服务网点不存在，请联系管理员");
        }
        return new Actor(me, node);
    }

    /** The node an agent's reads are limited to; null for leaders and admins, who see all. */
    private Long scopeNode() {
        if (currentUser.isAny(Role.ADMIN, Role.LEADER)) {
            return null;
        }
        return agent().node().getId();
    }

    private boolean visible(ServiceCase c) {
        Long node = scopeNode();
        if (node == null) {
            return true;
        }
        if (node.equals(c.getCurrentNode().getId()) || node.equals(c.getOriginNode().getId())) {
            return true;
        }
        return c.getSteps().stream().anyMatch(s -> node.equals(s.getNode().getId())
                || s.getToNode() != null && node.equals(s.getToNode().getId()));
    }

    private ServiceCase actable(long id, long expectedVersion, Actor me) {
        ServiceCase c = em.find(ServiceCase.class, id);
        if (c == null) {
            throw new BusinessException("该办件不存在");
        }
        if (!c.getCurrentNode().equals(me.node())) {
            throw new BusinessException("该办件当前在「" + c.getCurrentNode().getName() + "」，只有该网点的代办员可以办理");
        }
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockException("办件 " + c.getCaseNumber() + " 已被他人修改");
        }
        return c;
    }

    private void record(ServiceCase c, CaseStep step, Actor me, ServiceNode toNode, String note, LocalDateTime at) {
        CaseStepRecord r = new CaseStepRecord(c, step, me.node(), toNode, me.account().getUsername(),
                me.account().getDisplayName(), at, note);
        em.persist(r);
        c.getSteps().add(r);
    }

    private void auditStep(ServiceCase c, CaseStep step, Map<String, Object> before, String reason) {
        audit.event(AuditAction.UPDATE, c.auditType(), c.getId(), step.label() + "代办件 " + c.auditLabel(),
                String.join("\n", Changes.diff(before, c.auditState())), reason);
    }

    private NetworkSettings settings() {
        return settingsService.current();
    }

    /** DB + date + a four-digit number of the day, e.g. DB202611260007. */
    private String nextNumber(LocalDate day) {
        String prefix = "DB" + NUMBER_DATE.format(day);
        String max = em.createQuery("select max(c.caseNumber) from ServiceCase c where c.caseNumber like :p", String.class)
                .setParameter("p", prefix + "%").getSingleResult();
        int next = max == null ? 1 : Integer.parseInt(max.substring(prefix.length())) + 1;
        return prefix + String.format("%04d", next);
    }

    /** Six digits, easy to read out on the phone; the lookup's rate limit makes guessing impractical. */
    static String newQueryCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
