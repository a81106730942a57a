package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.hall.PageHall;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.entity.NoticeObjection;
import cn.fuwukuaiche.honour.entity.NoticeStatus;
import cn.fuwukuaiche.honour.entity.ObjectionStatus;
import cn.fuwukuaiche.honour.entity.ObjectorKind;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 公示: any award put to public notice for a number of working days (default 5, from the work calendar);
 * real-name objections from the public; the leader verifies or dismisses each with a reason; an upheld one
 * withdraws the award at once and publishes the outcome; when the period has ended the result (公示结果) is
 * published by the system ({@link #publishDueResults}, every quarter of an hour), or by the leader as soon as the
 * period is over. Other modules put their awards to notice with {@link #open} and implement
 * {@link NoticeSubject} for their subject type.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class NoticeService {

    @Inject
    SelfDecisionGuard self;

    public static final int DEFAULT_WORKING_DAYS = 5;
    /** How long a published result stays on the public page, in calendar days. */
    public static final int RESULT_DAYS_SHOWN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkCalendarProvider calendars;

    @Inject
    AuditService audit;

    @Inject
    Event<BoardChanged> board;

    @Inject
    Event<ObjectionFiled> objectionFiled;

    @Inject
    Instance<NoticeSubject> subjects;

    @Inject
    CurrentUser currentUser;

    @Resource
    SessionContext context;

    /** Puts an award to public notice for {@link #DEFAULT_WORKING_DAYS} working days from today. */
    @RolesAllowed(Role.Names.LEADER)
    public PublicNotice open(String subjectType, long subjectId, String honourText, String subjectName, String reason) {
        return open(subjectType, subjectId, honourText, subjectName, reason, DEFAULT_WORKING_DAYS);
    }

    @RolesAllowed(Role.Names.LEADER)
    public PublicNotice open(String subjectType, long subjectId, String honourText, String subjectName, String reason,
                             int workingDays) {
        PublicNotice n = create(new Draft(subjectType, subjectId, honourText, subjectName, reason), workingDays, Times.now());
        board.fire(BoardChanged.of("honour.notice.opened"));
        return n;
    }

    /** One award to put to notice: what the public page will show for it. */
    public record Draft(String subjectType, long subjectId, String honourText, String subjectName, String reason) {
    }

    /**
     * Puts several awards to notice at once (a 七一 list, entry by entry, so that an objection names one entry):
     * each its own notice with the same period and opening time, each audited, in the given order on the public
     * page; all or none (one refusal rolls the whole batch back); the boards refresh once.
     */
    @RolesAllowed(Role.Names.LEADER)
    public List<PublicNotice> openAll(List<Draft> drafts, int workingDays) {
        if (drafts == null || drafts.isEmpty()) {
            throw new BusinessException("没有要公示的对象");
        }
        LocalDateTime now = Times.now();
        List<PublicNotice> opened = new java.util.ArrayList<>();
        for (Draft d : drafts) {
            opened.add(create(d, workingDays, now));
        }
        board.fire(BoardChanged.of("honour.notice.opened"));
        return opened;
    }

    private PublicNotice create(Draft d, int workingDays, LocalDateTime now) {
        if (workingDays < 1 || workingDays > 30) {
            throw new BusinessException("workingDays", "公示期须为 1 至 30 个工作日");
        }
        String why = HonourCallers.required(d.reason(), "reason", "请写明公示的事由（授予理由、主要事迹）", 2000);
        if (inNotice(d.subjectType(), d.subjectId())) {
            throw new BusinessException("该荣誉正在公示中，不能重复公示");
        }
        LocalDate today = Times.today();
        LocalDate closes;
        try {
            closes = closesOn(calendars.current(), today, workingDays);
        } catch (UnknownYearException e) {
            throw new BusinessException("工作日历缺少 " + e.getMessage() + "，请管理员先维护工作日历");
        }
        PublicNotice n = new PublicNotice(d.subjectType(), d.subjectId(), d.honourText(), d.subjectName(), why, workingDays, today,
                closes, now, HonourCallers.caller(context));
        em.persist(n);
        em.flush();
        audit.event(AuditAction.CREATE, "公示", n.getId(), "公示 " + d.honourText() + "：" + d.subjectName(), "公示期 " + workingDays
                + " 个工作日，" + Times.format(today) + " 至 " + Times.format(closes) + "\n" + d.subjectType() + " #" + d.subjectId(), why);
        return n;
    }

    /** The last day of a notice of {@code days} working days opened on {@code opened} (counting the opening day if it is one). */
    public static LocalDate closesOn(WorkCalendar cal, LocalDate opened, int days) {
        LocalDate first = cal.plusWorkingDays(opened, 0);
        return cal.plusWorkingDays(first, days - 1);
    }

    /** What the public page shows: no objector data, nothing private. */
    public record PublicLine(long id, String honour, String subject, String reason, LocalDate from, LocalDate until,
                             String status, String result, LocalDate resultOn, boolean open, boolean ended) {
    }

    /** Open notices and results published in the last {@link #RESULT_DAYS_SHOWN} days. */
    @PermitAll
    @PageHall
    public List<PublicLine> publicNotices() {
        LocalDate since = Times.today().minusDays(RESULT_DAYS_SHOWN);
        // newest first; notices opened together (a 七一 list) keep their list order
        return em.createQuery("select n from PublicNotice n where n.status = :open or n.resultOn >= :since "
                        + "order by n.openedOn desc, n.openedAt desc, n.id", PublicNotice.class)
                .setParameter("open", NoticeStatus.OPEN).setParameter("since", since).getResultList().stream()
                .map(NoticeService::line).toList();
    }

    static PublicLine line(PublicNotice n) {
        return new PublicLine(n.getId(), n.getHonour(), n.getSubjectName(), n.getReason(), n.getOpenedOn(), n.getClosesOn(),
                n.getStatus().label(), n.getResult(), n.getResultOn(), n.isOpen(),
                n.getStatus() == NoticeStatus.ENDED);
    }

    @Inject
    ObjectionLimits limits;

    /**
     * A real-name objection from the public (no login), from {@code clientAddress} (see
     * {@link ObjectionLimits#clientAddress}). Only accepted objections count against the address's hourly limit;
     * one over the limit is refused with {@link ObjectionLimitException} and nothing is stored.
     */
    @PermitAll
    @PageHall
    public NoticeObjection object(String clientAddress, long noticeId, ObjectorKind kind, String name, String contact, String phone,
                                  String content) {
        ObjectionRules.Objection o = ObjectionRules.check(kind, name, contact, phone, content);
        PublicNotice n = em.find(PublicNotice.class, noticeId);
        if (n == null) {
            throw new BusinessException("该公示不存在");
        }
        if (!n.isOpen() || Times.today().isAfter(n.getClosesOn())) {
            throw new BusinessException("该公示已结束，不再受理异议");
        }
        var wait = limits.tryAcquire(clientAddress);
        if (wait.isPresent()) {
            throw new ObjectionLimitException(limits.maxPerHour(), Times.now().plus(wait.get()));
        }
        NoticeObjection obj = new NoticeObjection(noticeId, o.kind(), o.name(), o.contact(), o.phone(), o.content(), Times.now());
        em.persist(obj);
        em.flush();
        audit.event(AuditAction.CREATE, "公示异议", obj.getId(), "收到对公示「" + n.getHonour() + "：" + n.getSubjectName()
                + "」的实名异议（" + o.kind().label() + "：" + o.name() + "，" + Staff.maskPhone(o.phone()) + "）", o.content(), null);
        // the leaders are told (inbox): the event was declared with the workbench but never fired, so no bell rang
        objectionFiled.fire(new ObjectionFiled(obj.getId(), noticeId, n.getHonour() + "：" + n.getSubjectName()));
        return obj;
    }

    /** Internal list of notices (newest first). */
    public List<PublicNotice> all() {
        return em.createQuery("select n from PublicNotice n order by n.openedOn desc, n.id desc", PublicNotice.class)
                .getResultList();
    }

    public PublicNotice get(long id) {
        PublicNotice n = em.find(PublicNotice.class, id);
        if (n == null) {
            throw new BusinessException("该公示不存在");
        }
        return n;
    }

    /** An objection as internal views show it: the phone masked except for LEADER and ADMIN. */
    public record ObjectionLine(long id, long version, long noticeId, String kind, String name, String contact, String phone,
                                String content, LocalDateTime submittedAt, ObjectionStatus status, String decidedBy,
                                LocalDateTime decidedAt, String decisionReason) {
    }

    public List<ObjectionLine> objections(long noticeId) {
        boolean full = currentUser.isAny(Role.LEADER, Role.ADMIN);
        return em.createQuery("select o from NoticeObjection o where o.noticeId = :n order by o.submittedAt", NoticeObjection.class)
                .setParameter("n", noticeId).getResultList().stream()
                .map(o -> new ObjectionLine(o.getId(), o.getVersion(), o.getNoticeId(), o.getObjectorKind().label(),
                        o.getObjectorName(), o.getContactPerson(), full ? o.getPhone() : Staff.maskPhone(o.getPhone()),
                        o.getContent(), o.getSubmittedAt(), o.getStatus(), o.getDecidedBy(), o.getDecidedAt(),
                        o.getDecisionReason())).toList();
    }

    /** Pending objections per notice id. */
    public Map<Long, Long> pendingCounts() {
        return em.createQuery("select o.noticeId, count(o) from NoticeObjection o where o.status = :s group by o.noticeId",
                        Object[].class).setParameter("s", ObjectionStatus.PENDING).getResultList().stream()
                .collect(Collectors.toMap(o -> (Long) o[0], o -> (Long) o[1]));
    }

    /**
     * The leader verifies an objection: upheld withdraws the award and publishes the outcome; dismissed keeps
     * the notice running. Either way with a reason.
     */
    @RolesAllowed(Role.Names.LEADER)
    public NoticeObjection decide(long objectionId, long expectedVersion, boolean upheld, String reason) {
        String why = HonourCallers.required(reason, "decisionReason", "请写明核实情况和理由", 1000);
        NoticeObjection o = em.find(NoticeObjection.class, objectionId);
        if (o == null) {
            throw new BusinessException("该异议不存在");
        }
        if (o.getVersion() != expectedVersion) {
            throw new OptimisticLockException("该异议已被他人处理，请刷新后查看");
        }
        if (!ObjectionRules.decidable(o.getStatus())) {
            throw new BusinessException("该异议已处理（" + o.getStatus().label() + "）");
        }
        PublicNotice n = get(o.getNoticeId());
        subject(n.getSubjectType()).ifPresent(s -> self.check(ConflictOfInterest.Step.OBJECTION_DECISION, s.people(n.getSubjectId())));
        LocalDateTime now = Times.now();
        String me = HonourCallers.caller(context);
        o.decide(upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED, now, me, why);
        audit.event(AuditAction.DECISION, "公示异议", o.getId(), (upheld ? "异议成立" : "异议不成立") + "：「" + n.getHonour() + "："
                + n.getSubjectName() + "」，异议人 " + o.getObjectorName() + "（" + Staff.maskPhone(o.getPhone()) + "）",
                o.getContent(), why);
        if (upheld && n.isOpen()) {
            n.publishResult(NoticeStatus.WITHDRAWN, "经核实，异议成立，撤销该荣誉。" + why, Times.today(), now, me);
            subject(n.getSubjectType()).ifPresent(s -> s.withdraw(n.getSubjectId(), "公示异议成立：" + why));
            audit.event(AuditAction.REVOKE, "公示", n.getId(), "公示结果：" + n.getHonour() + "：" + n.getSubjectName()
                    + " 异议成立，撤销", null, why);
            board.fire(BoardChanged.of("honour.notice.result"));
        }
        em.flush();
        return o;
    }

    /** After the period: no pending objection may remain; the result is published and the award confirmed. */
    @RolesAllowed(Role.Names.LEADER)
    public PublicNotice publishResult(long noticeId, long expectedVersion) {
        PublicNotice n = get(noticeId);
        if (n.getVersion() != expectedVersion) {
            throw new OptimisticLockException("该公示已被他人处理，请刷新后查看");
        }
        if (!n.isOpen()) {
            throw new BusinessException("该公示已结束（" + n.getStatus().label() + "）");
        }
        if (!Times.today().isAfter(n.getClosesOn())) {
            throw new BusinessException("公示期至 " + Times.format(n.getClosesOn()) + "，期满后才能发布公示结果");
        }
        long pending = pending(noticeId);
        if (pending > 0) {
            throw new BusinessException("还有 " + pending + " 件异议未核实，核实后才能发布公示结果");
        }
        publish(n, HonourCallers.caller(context));
        return n;
    }

    /**
     * When a period has ended the outcome is published without anyone having to remember it: every open notice
     * whose last day is past and that has no objection waiting is closed with its result (公示结果) and its award
     * confirmed, as the system. A notice with an objection still to verify waits for the leader's decision.
     * Run by {@link NoticeResultTimer}; harmless to call at any time.
     *
     * @return how many results were published
     */
    @PermitAll
    public int publishDueResults() {
        List<PublicNotice> due = em.createQuery("select n from PublicNotice n where n.status = :s and n.closesOn < :today "
                        + "order by n.id", PublicNotice.class).setParameter("s", NoticeStatus.OPEN)
                .setParameter("today", Times.today()).getResultList();
        int published = 0;
        for (PublicNotice n : due) {
            if (pending(n.getId()) == 0) {
                publish(n, AuditService.SYSTEM);
                published++;
            }
        }
        return published;
    }

    private long pending(long noticeId) {
        return em.createQuery("select count(o) from NoticeObjection o where o.noticeId = :n and o.status = :p", Long.class)
                .setParameter("n", noticeId).setParameter("p", ObjectionStatus.PENDING).getSingleResult();
    }

    private void publish(PublicNotice n, String actor) {
        long dismissed = em.createQuery("select count(o) from NoticeObjection o where o.noticeId = :n and o.status = :d", Long.class)
                .setParameter("n", n.getId()).setParameter("d", ObjectionStatus.DISMISSED).getSingleResult();
        String result = dismissed == 0 ? "公示期满，无异议，予以确认。"
                : "公示期间收到实名异议 " + dismissed + " 件，经核实均不成立，予以确认。";
        n.publishResult(NoticeStatus.CLOSED, result, Times.today(), Times.now(), actor);
        subject(n.getSubjectType()).ifPresent(s -> s.confirmed(n.getSubjectId()));
        em.flush();
        audit.eventAs(actor, AuditAction.DECISION, "公示", n.getId(), "公示结果：" + n.getHonour() + "：" + n.getSubjectName(), result);
        board.fire(BoardChanged.of("honour.notice.result"));
    }

    /**
     * The award ended some other way than by an objection (the leader revoked it, a designation ended): the public
     * learns only what it is, in {@code publicText} (public wording, e.g. "该荣誉已撤回"), never the internal
     * {@code internalReason}, which goes to the audit line. An open notice of the award ends (status 已撤回, not
     * 异议成立); a notice whose result was already published keeps that result, the withdrawal is added to it and it
     * shows on the public page again for {@link #RESULT_DAYS_SHOWN} days.
     */
    @PermitAll
    public void subjectEnded(String subjectType, long subjectId, String publicText, String internalReason) {
        em.createQuery("select n from PublicNotice n where n.subjectType = :t and n.subjectId = :id and n.status in :s",
                        PublicNotice.class).setParameter("t", subjectType).setParameter("id", subjectId)
                .setParameter("s", List.of(NoticeStatus.OPEN, NoticeStatus.CLOSED)).getResultList().forEach(n -> {
                    boolean open = n.isOpen();
                    String text = open ? publicText : n.getResult() + publicText;
                    n.publishResult(NoticeStatus.ENDED, text, Times.today(), Times.now(), HonourCallers.caller(context));
                    audit.event(AuditAction.UPDATE, "公示", n.getId(), (open ? "公示终止：" : "公示结果补充撤回：") + n.getHonour() + "："
                            + n.getSubjectName(), "公开说明：" + publicText, internalReason);
                    board.fire(BoardChanged.of("honour.notice.result"));
                });
    }

    /** Was an earlier award of this subject type put to notice (to put its re-award to notice too)? */
    @PermitAll
    public boolean everNoticed(String subjectType, List<Long> subjectIds) {
        return !subjectIds.isEmpty() && em.createQuery("select count(n) from PublicNotice n where n.subjectType = :t "
                        + "and n.subjectId in :ids", Long.class).setParameter("t", subjectType).setParameter("ids", subjectIds)
                .getSingleResult() > 0;
    }

    /** Is this award in an open notice right now? */
    @PermitAll
    public boolean inNotice(String subjectType, long subjectId) {
        return em.createQuery("select count(n) from PublicNotice n where n.subjectType = :t and n.subjectId = :id "
                        + "and n.status = :s", Long.class).setParameter("t", subjectType).setParameter("id", subjectId)
                .setParameter("s", NoticeStatus.OPEN).getSingleResult() > 0;
    }

    private java.util.Optional<NoticeSubject> subject(String type) {
        Map<String, NoticeSubject> byType = subjects.stream().collect(Collectors.toMap(NoticeSubject::type, Function.identity(),
                (a, b) -> a));
        return java.util.Optional.ofNullable(byType.get(type));
    }
}
