package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.calendar.TodoLights;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 服务网络's to-dos for an AGENT: the cases now at his node, each with its next step ({@link NetworkTodoRules}) and its
 * clock — hand-ups within 3 working days, handling by the promised deadline, call-backs. Two queries (settings, cases).
 */
@HallBound
@ApplicationScoped
public class NetworkTodoProvider implements TodoSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkCalendarProvider calendars;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.AGENT)) {
            return List.of();
        }
        Long node = viewer.account().map(WorkViewer.Scope::nodeId).orElse(null);
        if (node == null) {
            return List.of();
        }
        List<Integer> yellowDays = em.createQuery("select s.caseYellowDays from NetworkSettings s order by s.id", Integer.class)
                .setMaxResults(1).getResultList();
        int yellow = yellowDays.isEmpty() ? 2 : yellowDays.get(0);
        WorkCalendar cal = calendars.current();
        List<Object[]> rows = em.createQuery("select c.id, c.caseNumber, c.state, c.deadline, c.handUpBy, i.name, c.applicantName "
                        + "from ServiceCase c join c.item i where c.currentNode.id = :node and c.state <> :done", Object[].class)
                .setParameter("node", node).setParameter("done", CaseState.FOLLOWED_UP).getResultList();
        List<Todo> out = new ArrayList<>();
        for (Object[] r : rows) {
            NetworkTodoRules.next((CaseState) r[2], (LocalDate) r[3], (LocalDate) r[4]).ifPresent(n -> out.add(
                    new Todo("代办件", n.what() + "：" + r[5] + "（" + r[1] + "）", (String) r[6], n.deadline(),
                            TodoLights.of(today, n.deadline(), yellow, cal), "network/cases/view/" + r[0])));
        }
        return out;
    }
}
