package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * ADMIN: screens in use not seen for {@code app.display.offline-minutes} (default 10; red from
 * {@code app.display.offline-red-minutes}, default 60), by {@link ScreenOfflineRules}. One query.
 */
@HallBound
@ApplicationScoped
public class DisplayTodoProvider implements TodoSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "app.display.offline-minutes", defaultValue = "10")
    int offlineMinutes;

    @Inject
    @ConfigProperty(name = "app.display.offline-red-minutes", defaultValue = "60")
    int redMinutes;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.ADMIN)) {
            return List.of();
        }
        LocalDateTime now = Times.now();
        List<Object[]> rows = em.createQuery("select s.name, s.place, s.keyPrefix, s.lastSeenAt, s.createdAt from DisplayScreen s "
                        + "where s.revokedAt is null and coalesce(s.lastSeenAt, s.createdAt) < :since", Object[].class)
                .setParameter("since", now.minusMinutes(offlineMinutes)).getResultList();
        return rows.stream().map(r -> ScreenOfflineRules.todo((String) r[0], (String) r[1], (String) r[2], (LocalDateTime) r[3],
                        (LocalDateTime) r[4], now, offlineMinutes, redMinutes))
                .flatMap(Optional::stream).toList();
    }
}
