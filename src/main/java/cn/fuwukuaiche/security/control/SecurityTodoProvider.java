package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/** ADMIN: accounts locked now by wrong passwords (they unlock by themselves at the time shown; the admin may reset). */
@HallBound
@ApplicationScoped
public class SecurityTodoProvider implements TodoSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.ADMIN)) {
            return List.of();
        }
        List<Object[]> locked = em.createQuery("select a.username, a.displayName, a.lockedUntil from UserAccount a "
                        + "where a.lockedUntil > :now order by a.lockedUntil", Object[].class)
                .setParameter("now", Times.now()).getResultList();
        return locked.stream().map(r -> new Todo("账号安全", "账号 " + r[0] + " 因连续输错密码被锁定，至 "
                        + Times.format((java.time.LocalDateTime) r[2]).substring(0, 16),
                (String) r[1], null, Todo.Light.NONE, "admin/users")).toList();
    }
}
