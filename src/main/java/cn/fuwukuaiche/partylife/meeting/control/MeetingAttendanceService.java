package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.entity.Attendance;
import cn.fuwukuaiche.partylife.meeting.entity.MakeUp;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attendance after the meeting (split from {@link MeetingService}, which plans and records it): the make-ups (补学) the
 * record leaves, a member's own page, the branch's year-end attendance report and the secretary's meetings to minute.
 * Who manages which branch is {@link MeetingService}'s rule, asked of it, not copied.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class MeetingAttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingService meetings;

    @Inject
    OrgDirectory org;

    @Inject
    MembershipKeeper memberships;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    // ---- make-ups ---------------------------------------------------------------------------------

    /** Open and done make-ups of a managed branch's meetings of the year. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<MakeUp> makeUps(long branchId, int year) {
        meetings.requireManage(branchId, "branch");
        return em.createQuery("select u from MakeUp u where u.meeting.branchId = :b and u.meeting.startsAt >= :f and u.meeting.startsAt < :t "
                        + "order by u.meeting.startsAt, u.staffId", MakeUp.class).setParameter("b", branchId)
                .setParameter("f", LocalDate.of(year, 1, 1).atStartOfDay()).setParameter("t", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .getResultList();
    }

    /** Marks a make-up done on {@code on}: the member himself, or whoever manages the branch. */
    public MakeUp makeUpDone(long makeUpId, LocalDate on) {
        MakeUp u = em.find(MakeUp.class, makeUpId);
        if (u == null) {
            throw new BusinessException("该补学记录不存在");
        }
        Long myStaff = currentUser.account().map(UserAccount::getStaffId).orElse(null);
        if (!u.getStaffId().equals(myStaff) && !meetings.manages(u.getMeeting().getBranchId())) {
            throw new BusinessException("doneOn", "只有本人或本支部书记可以登记补学");
        }
        if (u.isDone()) {
            throw new BusinessException("doneOn", "已于 " + u.getDoneOn() + " 登记补学");
        }
        if (on == null) {
            throw new BusinessException("doneOn", "请填写补学日期");
        }
        if (on.isAfter(Times.today())) {
            throw new BusinessException("doneOn", "补学日期不能晚于今天");
        }
        if (on.isBefore(u.getMeeting().getStartsAt().toLocalDate())) {
            throw new BusinessException("doneOn", "补学日期不能早于会议日期");
        }
        u.done(on, currentUser.username().orElse("?"));
        audit.event(AuditAction.UPDATE, "补学", u.getId(), meetings.name(u.getStaffId()) + " 补学 " + u.getMeeting().auditLabel() + "，日期 " + on,
                null, null);
        return u;
    }

    // ---- a member's own page ----------------------------------------------------------------------

    /** A member's year: meetings due (应到), attended, excused, absent; make-ups owed and done. */
    public record MemberYear(long staffId, String name, int due, int attended, int excused, int absent, int makeUpsOwed,
                             int makeUpsDone) {
    }

    /** What a member sees: the planned meetings of his branch and group, his make-ups, his year. */
    public record Mine(List<PartyMeeting> upcoming, List<MakeUp> makeUps, MemberYear year) {
    }

    public Mine mine() {
        Long staffId = currentUser.account().map(UserAccount::getStaffId).orElse(null);
        Staff s = staffId == null ? null : org.staff(staffId).orElse(null);
        if (s == null || s.getBranch() == null || !s.isPartyMember()) {
            return new Mine(List.of(), List.of(), null);
        }
        Long group = s.getPartyGroup() == null ? null : s.getPartyGroup().getId();
        List<PartyMeeting> upcoming = em.createQuery("select m from PartyMeeting m where m.branchId = :b and m.status = :p "
                        + "and m.startsAt >= :from and (m.partyGroupId is null or m.partyGroupId = :g) order by m.startsAt",
                        PartyMeeting.class).setParameter("b", s.getBranch().getId()).setParameter("p", MeetingStatus.PLANNED)
                .setParameter("from", Times.today().minusDays(7).atStartOfDay()).setParameter("g", group == null ? -1L : group)
                .getResultList();
        List<MakeUp> makeUps = em.createQuery("select u from MakeUp u where u.staffId = :s order by u.meeting.startsAt desc", MakeUp.class)
                .setParameter("s", staffId).getResultList();
        int year = Times.today().getYear();
        MemberYear y = years(List.of(staffId), year).getOrDefault(staffId, new MemberYear(staffId, s.getName(), 0, 0, 0, 0, 0, 0));
        return new Mine(upcoming, makeUps, y);
    }

    /** Each member's year from the submitted records of the year. */
    Map<Long, MemberYear> years(List<Long> staffIds, int year) {
        Map<Long, MemberYear> out = new LinkedHashMap<>();
        if (staffIds.isEmpty()) {
            return out;
        }
        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        LocalDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay();
        List<Attendance> rows = em.createQuery("select a from Attendance a where a.staffId in :s and a.meeting.status = :st "
                        + "and a.meeting.startsAt >= :f and a.meeting.startsAt < :t", Attendance.class)
                .setParameter("s", staffIds).setParameter("st", MeetingStatus.SUBMITTED).setParameter("f", from).setParameter("t", to)
                .getResultList();
        List<MakeUp> makeUps = em.createQuery("select u from MakeUp u where u.staffId in :s and u.meeting.startsAt >= :f "
                + "and u.meeting.startsAt < :t", MakeUp.class).setParameter("s", staffIds).setParameter("f", from).setParameter("t", to)
                .getResultList();
        for (Long id : staffIds) {
            int due = 0;
            int[] by = new int[3];
            for (Attendance a : rows) {
                if (a.getStaffId().equals(id)) {
                    due++;
                    by[a.getStatus().ordinal()]++;
                }
            }
            int owed = 0;
            int done = 0;
            for (MakeUp u : makeUps) {
                if (u.getStaffId().equals(id)) {
                    owed++;
                    done += u.isDone() ? 1 : 0;
                }
            }
            out.put(id, new MemberYear(id, meetings.name(id), due, by[0], by[1], by[2], owed, done));
        }
        return out;
    }

    /** The branch's year-end attendance report: everyone who was a member of the branch at some time in the year. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<MemberYear> attendanceReport(long branchId, int year) {
        meetings.requireManage(branchId, "branch");
        List<Long> ids = memberships.ofYear(year).stream().filter(m -> m.branchId() == branchId).map(CadenceRules.Membership::staffId)
                .distinct().toList();
        List<MemberYear> rows = new ArrayList<>(years(ids, year).values());
        rows.sort(java.util.Comparator.comparing(MemberYear::name));
        return rows;
    }

    // ---- the secretary's home: what to plan or minute ---------------------------------------------

    /** Planned meetings of the managed branches whose time has come but whose record is not submitted. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<PartyMeeting> toMinute() {
        List<Long> branches = meetings.managedBranches().stream().map(Branch::getId).toList();
        if (branches.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from PartyMeeting m where m.branchId in :b and m.status = :p and m.startsAt <= :now "
                        + "order by m.startsAt", PartyMeeting.class).setParameter("b", branches).setParameter("p", MeetingStatus.PLANNED)
                .setParameter("now", Times.now()).getResultList();
    }
}
