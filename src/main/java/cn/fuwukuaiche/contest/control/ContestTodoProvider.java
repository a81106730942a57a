package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 竞赛's to-dos for STAFF: open contests he takes part in whose test he has not handed in (交卷) yet; the deadline is
 * the contest's closing day (yellow on its last day, red once past). One query.
 */
@HallBound
@ApplicationScoped
public class ContestTodoProvider implements TodoSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.STAFF)) {
            return List.of();
        }
        Long staffId = viewer.account().map(WorkViewer.Scope::staffId).orElse(null);
        if (staffId == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select c.id, c.title, c.kind, c.closesAt from Contest c where c.status = :open "
                        + "and exists (select p from Participant p where p.contestId = c.id and p.staffId = :s) "
                        + "and not exists (select a from Attempt a where a.contestId = c.id and a.staffId = :s "
                        + "and a.submittedAt is not null)", Object[].class)
                .setParameter("open", ContestStatus.OPEN).setParameter("s", staffId).getResultList();
        return rows.stream().map(r -> {
            LocalDate due = r[3] == null ? null : ((LocalDateTime) r[3]).toLocalDate();
            return new Todo("竞赛", (r[2] == ContestKind.OTHER ? "参加：" : "参加并交卷：") + r[1], "", due,
                    light(today, due), "my-contests");
        }).toList();
    }

    /** Calendar days suffice here: a contest closes at a stated hour, not after working days. */
    static Todo.Light light(LocalDate today, LocalDate due) {
        if (due == null) {
            return Todo.Light.NONE;
        }
        if (today.isAfter(due)) {
            return Todo.Light.RED;
        }
        return today.plusDays(1).isBefore(due) ? Todo.Light.GREEN : Todo.Light.YELLOW;
    }
}
