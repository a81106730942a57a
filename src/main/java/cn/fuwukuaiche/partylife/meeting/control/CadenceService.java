package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.BranchKind;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.partylife.meeting.entity.Cadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingCadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cadence lights: for each branch, kind and period of a year, green when a record was submitted for a meeting in
 * the period (for a kind held by party groups: every group's), yellow when the period ends within the kind's lead
 * (10 working days by default, on the admin's work calendar) and nothing is held, red once it has ended. The leader sees every branch, a secretary
 * his own. ADMIN and LEADER keep the kinds and their cadence.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class CadenceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingService meetings;

    @Inject
    OrgDirectory org;

    @Inject
    WorkCalendarProvider calendars;

    @Inject
    AuditService audit;

    /** One cell: a period's light and, when not green, who has not held it (the branch, or its groups). */
    public record Cell(CadencePeriod period, CadenceLight light, List<String> missing, int held) {
    }

    /** One row: a branch and a kind, its periods in the year. */
    public record Row(long branchId, String branch, MeetingKind kind, List<Cell> cells) {
    }

    /** The rules of each kind, as the rules read them. */
    public List<CadenceRules.Rule> rules(MeetingKind kind) {
        return cadences(kind.getId()).stream().map(c -> new CadenceRules.Rule(c.getCadence(), c.getEffectiveFrom())).toList();
    }

    public List<MeetingCadence> cadences(long kindId) {
        return em.createQuery("select c from MeetingCadence c where c.kind.id = :k order by c.effectiveFrom", MeetingCadence.class)
                .setParameter("k", kindId).getResultList();
    }

    /** The matrix of the managed branches (or only {@code branchId}) for the year. */
    public List<Row> matrix(int year, Long branchId) {
        LocalDate today = Times.today();
        WorkCalendar cal = calendars.current();
        List<Branch> branches = meetings.managedBranches().stream().filter(b -> branchId == null || b.getId().equals(branchId)).toList();
        List<PartyMeeting> held = em.createQuery("select m from PartyMeeting m where m.status = :s and m.startsAt >= :f and m.startsAt < :t",
                        PartyMeeting.class).setParameter("s", MeetingStatus.SUBMITTED)
                .setParameter("f", LocalDate.of(year, 1, 1).atStartOfDay()).setParameter("t", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .getResultList();
        Map<Long, List<PartyGroup>> groups = org.partyGroups().stream().collect(Collectors.groupingBy(g -> g.getBranch().getId()));
        return rows(branches, meetings.kinds(), this::rules, held, groups, year, today, cal);
    }

    /**
     * The matrix's rows, in plain Java over what was read: also {@link MeetingTodoProvider}'s, which reads for the
     * viewer's own branch (it has no caller to ask {@link MeetingService#managedBranches()} about).
     */
    static List<Row> rows(List<Branch> branches, List<MeetingKind> kinds, java.util.function.Function<MeetingKind, List<CadenceRules.Rule>> rules,
                          List<PartyMeeting> held, Map<Long, List<PartyGroup>> groups, int year, LocalDate today, WorkCalendar cal) {
        List<Row> rows = new ArrayList<>();
        for (Branch b : branches) {
            for (MeetingKind k : kinds) {
                if (!k.appliesTo(b.getKind() == BranchKind.CENTRAL)) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                for (CadencePeriod p : CadenceRules.periods(rules.apply(k), year)) {
                    List<PartyMeeting> in = held.stream().filter(m -> m.getKind().getId().equals(k.getId())
                            && m.getBranchId().equals(b.getId()) && p.contains(m.getStartsAt().toLocalDate())).toList();
                    List<String> missing = new ArrayList<>();
                    if (k.isPerGroup()) {
                        for (PartyGroup g : groups.getOrDefault(b.getId(), List.of())) {
                            if (in.stream().noneMatch(m -> g.getId().equals(m.getPartyGroupId()))) {
                                missing.add(g.getName());
                            }
                        }
                    } else if (in.isEmpty()) {
                        missing.add(b.getName());
                    }
                    boolean done = missing.isEmpty();
                    cells.add(new Cell(p, CadenceRules.light(p, done, today, cal, k.getWarnWorkingDays()), done ? List.of() : missing, in.size()));
                }
                rows.add(new Row(b.getId(), b.getName(), k, cells));
            }
        }
        return rows;
    }

    /**
     * ADMIN or LEADER changes a kind's cadence from a period on ({@code from} is that period's first day); periods
     * before keep their rule. A second change from the same day replaces the first.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public MeetingCadence changeCadence(long kindId, Cadence cadence, LocalDate from, String reason) {
        MeetingKind kind = em.find(MeetingKind.class, kindId);
        if (kind == null) {
            throw new BusinessException("kind", "请选择会议类型");
        }
        if (cadence == null) {
            throw new BusinessException("cadence", "请选择频次");
        }
        String problem = CadenceRules.effectiveFromProblem(cadence, from);
        if (problem != null) {
            throw new BusinessException("from", problem);
        }
        if (cadence == Cadence.NONE && !kind.getCode().equals("THEME_DAY")) {
            throw new BusinessException("cadence", "只有主题党日可以停开；" + kind.getName() + "为党章规定的制度");
        }
        String why = Input.requireSingleLine("reason", "原因", reason);
        if (why == null) {
            throw new BusinessException("reason", "请填写调整原因");
        }
        MeetingCadence same = cadences(kindId).stream().filter(c -> c.getEffectiveFrom().equals(from)).findFirst().orElse(null);
        if (same != null) {
            Map<String, Object> before = same.auditState();
            same.setCadence(cadence);
            same.setReason(why);
            em.flush();
            audit.updated(before, same, why);
            return same;
        }
        MeetingCadence c = new MeetingCadence(kind, cadence, from, why);
        em.persist(c);
        em.flush();
        audit.created(c, why);
        return c;
    }

    /**
     * ADMIN or LEADER sets how many working days before a period's end an unheld meeting of the kind turns yellow
     * (临期); audited with the reason.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public MeetingKind setWarnDays(long kindId, long expectedVersion, Integer days, String reason) {
        MeetingKind kind = em.find(MeetingKind.class, kindId);
        if (kind == null) {
            throw new BusinessException("kind", "请选择会议类型");
        }
        if (kind.getVersion() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("会议类型已被他人修改");
        }
        String problem = CadenceRules.warnDaysProblem(days);
        if (problem != null) {
            throw new BusinessException("warnDays", problem);
        }
        String why = Input.requireSingleLine("reason", "原因", reason);
        if (why == null) {
            throw new BusinessException("reason", "请填写调整原因");
        }
        Map<String, Object> before = kind.auditState();
        kind.setWarnWorkingDays(days);
        em.flush();
        audit.updated(before, kind, why);
        return kind;
    }

    /** ADMIN or LEADER sets which branches hold a kind. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public MeetingKind setApplies(long kindId, long expectedVersion, boolean central, boolean joint) {
        MeetingKind kind = em.find(MeetingKind.class, kindId);
        if (kind == null) {
            throw new BusinessException("kind", "请选择会议类型");
        }
        if (kind.getVersion() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("会议类型已被他人修改");
        }
        if (!central && !joint) {
            throw new BusinessException("forJoint", "至少适用于一类支部");
        }
        Map<String, Object> before = kind.auditState();
        kind.setForCentral(central);
        kind.setForJoint(joint);
        em.flush();
        audit.updated(before, kind, null);
        return kind;
    }
}
