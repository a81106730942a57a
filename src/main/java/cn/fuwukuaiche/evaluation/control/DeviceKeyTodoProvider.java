package cn.fuwukuaiche.evaluation.control;

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
import java.time.LocalDateTime;
import java.util.List;

/**
 * ADMIN: rating-pad keys in force that no pad has used for {@value #UNUSED_DAYS} days (a pad switched off, broken or
 * set up with a wrong key). The device keys are evaluation's records, so their to-do lives here. One query.
 */
@HallBound
@ApplicationScoped
public class DeviceKeyTodoProvider implements TodoSource {

    static final int UNUSED_DAYS = 7;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.ADMIN)) {
            return List.of();
        }
        LocalDateTime since = today.minusDays(UNUSED_DAYS).atStartOfDay();
        List<Object[]> rows = em.createQuery("select k.label, k.keyPrefix, k.lastUsedAt, k.issuedAt from RatingDeviceKey k "
                        + "where k.revokedAt is null and coalesce(k.lastUsedAt, k.issuedAt) < :since", Object[].class)
                .setParameter("since", since).getResultList();
        return rows.stream().map(r -> new Todo("评价器", "检查评价器「" + r[0] + "」：" + (r[2] == null ? "发放后从未使用"
                        : "自 " + Times.format(((LocalDateTime) r[2]).toLocalDate()) + " 起未使用"),
                "密钥 " + r[1] + "…", null, Todo.Light.NONE, "admin/rating-pads")).toList();
    }
}
