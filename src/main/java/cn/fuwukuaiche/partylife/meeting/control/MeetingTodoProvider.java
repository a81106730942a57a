package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.entity.MakeUp;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingCadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
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
 * 组织生活's to-dos for the workbench ({@link TodoSource}). A branch's secretary: each kind his branch has not held in
 * the current period, with its cadence light and the period's end as deadline, and the records to write for meetings
 * whose time has come. A Party member: his open make-ups (补学) and the planned meetings of his branch and group.
 * The viewer's scope comes from his account (the secretary's branch, the member's staff record), never from a choice.
 * A stateless bean (one transaction for its few reads) seen by the workbench as a {@link TodoSource}.
 */
@Stateless
@LocalBean
@Local(TodoSource.class)
public class MeetingTodoProvider implements TodoSource {

    static final String AREA = "组织生活";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    WorkCalendarProvider calendars;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        WorkViewer.Scope account = viewer.account().orElse(null);
        if (account == null) {
            return List.of();
        }
        List<Todo> out = new ArrayList<>();
        if (viewer.has(Role.Names.SECRETARY) && account.branchId() != null) {
            org.branch(account.branchId()).ifPresent(b -> secretary(b, today, out));
        }
        Staff me = account.staffId() == null ? null : org.staff(account.staffId()).orElse(null);
        if (me != null && me.getBranch() != null && me.isPartyMember()) {
            member(me, today, out);
        }
        return out;
    }

    private void secretary(Branch b, LocalDate today, List<Todo> out) {
        int year = today.getYear();
        List<PartyMeeting> held = em.createQuery("select m from PartyMeeting m where m.branchId = :b and m.status = :s "
                        + "and m.startsAt >= :f and m.startsAt < :t", PartyMeeting.class).setParameter("b", b.getId())
                .setParameter("s", MeetingStatus.SUBMITTED).setParameter("f", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("t", LocalDate.of(year + 1, 1, 1).atStartOfDay()).getResultList();
        List<MeetingKind> kinds = em.createQuery("select k from MeetingKind k order by k.sortOrder", MeetingKind.class).getResultList();
        Map<Long, List<CadenceRules.Rule>> rules = em.createQuery("select c from MeetingCadence c", MeetingCadence.class).getResultList()
                .stream().collect(Collectors.groupingBy(c -> c.getKind().getId(),
                        Collectors.mapping(c -> new CadenceRules.Rule(c.getCadence(), c.getEffectiveFrom()), Collectors.toList())));
        Map<Long, List<PartyGroup>> groups = org.partyGroups().stream().filter(g -> g.getBranch().getId().equals(b.getId()))
                .collect(Collectors.groupingBy(g -> g.getBranch().getId()));
        for (CadenceService.Row r : CadenceService.rows(List.of(b), kinds, k -> rules.getOrDefault(k.getId(), List.of()), held, groups,
                year, today, calendars.current())) {
            for (CadenceService.Cell c : r.cells()) {
                if (c.period().contains(today) && c.light() != CadenceLight.GREEN) {
                    String missing = r.kind().isPerGroup() ? "：" + String.join("、", c.missing()) : "";
                    out.add(new Todo(AREA, "召开" + r.kind().getName() + "（" + c.period().label() + "，" + c.light().label() + "）" + missing,
                            b.getName(), c.period().end(), light(c.light()), "party-life/meetings"));
                }
            }
        }
        em.createQuery("select m from PartyMeeting m where m.branchId = :b and m.status = :p and m.startsAt <= :now order by m.startsAt",
                        PartyMeeting.class).setParameter("b", b.getId()).setParameter("p", MeetingStatus.PLANNED)
                .setParameter("now", Times.now()).getResultList()
                .forEach(m -> out.add(new Todo(AREA, "填写并提交" + m.getKind().getName() + "的会议记录（" + Times.format(m.getStartsAt()).substring(0, 16)
                        + "）", b.getName(), null, Todo.Light.NONE, "party-life/meetings")));
    }

    private void member(Staff me, LocalDate today, List<Todo> out) {
        for (MakeUp u : em.createQuery("select u from MakeUp u where u.staffId = :s and u.doneOn is null order by u.meeting.startsAt",
                MakeUp.class).setParameter("s", me.getId()).getResultList()) {
            out.add(new Todo(AREA, "补学" + u.getMeeting().getKind().getName() + "（" + Times.format(u.getMeeting().getStartsAt().toLocalDate())
                    + " 的会议）", "", null, Todo.Light.NONE, "party-life/my"));
        }
        Long group = me.getPartyGroup() == null ? -1L : me.getPartyGroup().getId();
        em.createQuery("select m from PartyMeeting m where m.branchId = :b and m.status = :p and m.startsAt >= :from "
                        + "and (m.partyGroupId is null or m.partyGroupId = :g) order by m.startsAt", PartyMeeting.class)
                .setParameter("b", me.getBranch().getId()).setParameter("p", MeetingStatus.PLANNED)
                .setParameter("from", today.atStartOfDay()).setParameter("g", group).getResultList()
                .forEach(m -> out.add(new Todo(AREA, "参加" + m.getKind().getName() + "：" + Times.format(m.getStartsAt()).substring(0, 16)
                        + "，" + m.getPlace(), "", m.getStartsAt().toLocalDate(), Todo.Light.NONE, "party-life/my")));
    }

    /** The workbench's light of a cadence light: overdue red, due soon yellow, not yet due green. */
    static Todo.Light light(CadenceLight l) {
        return switch (l) {
            case RED -> Todo.Light.RED;
            case YELLOW -> Todo.Light.YELLOW;
            case OPEN -> Todo.Light.GREEN;
            case GREEN -> Todo.Light.NONE;
        };
    }
}
