package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 好差评记录: the ratings a caller may see (STAFF their window, SECRETARY their branch, LEADER and ADMIN all),
 * filtered, paged and summed up. The comment is shown here (signed-in staff only), never on public pages.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.SECRETARY, Role.Names.LEADER, Role.Names.ADMIN})
public class RatingQueryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RatingScopes scopes;

    @Inject
    OrgDirectory org;

    /** Null parts mean "any"; {@code to} is inclusive. */
    public record RatingFilter(Long windowId, RatingLevel level, boolean badOnly, LocalDate from, LocalDate to) {
        public static RatingFilter all() {
            return new RatingFilter(null, null, false, null, null);
        }
    }

    /**
     * {@code counted} excludes ratings taken out by an upheld appeal; {@code satisfactionPercent} is the share
     * of counted ratings that are not 差评, null without counted ratings.
     */
    public record RatingStats(long total, long bad, long excluded) {
        public long counted() {
            return total - excluded;
        }

        public Double satisfactionPercent() {
            return counted() == 0 ? null : 100.0 * (counted() - bad) / counted();
        }
    }

    public List<ServiceWindow> windows() {
        WindowScope scope = scopes.current();
        if (scope.isEmpty()) {
            return List.of();
        }
        return org.windows().stream().filter(w -> scope.allows(w.getId())).toList();
    }

    public List<Rating> find(RatingFilter f, int offset, int limit) {
        WindowScope scope = scopes.current();
        if (scope.isEmpty()) {
            return List.of();
        }
        return query(f, scope, "select r from Rating r join fetch r.window w left join fetch r.staff", " order by r.ratedAt desc, r.id desc",
                Rating.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(RatingFilter f) {
        WindowScope scope = scopes.current();
        return scope.isEmpty() ? 0 : query(f, scope, "select count(r) from Rating r join r.window w", "", Long.class).getSingleResult();
    }

    /** Counts with the same filter and scope, ignoring {@code badOnly} and {@code level} (a rate needs all levels). */
    public RatingStats stats(RatingFilter f) {
        WindowScope scope = scopes.current();
        if (scope.isEmpty()) {
            return new RatingStats(0, 0, 0);
        }
        RatingFilter all = new RatingFilter(f.windowId(), null, false, f.from(), f.to());
        Object[] row = query(all, scope, "select count(r), sum(case when r.excluded = false and (r.level = :d1 or r.level = :d2) "
                + "then 1 else 0 end), sum(case when r.excluded = true then 1 else 0 end) from Rating r join r.window w", "", Object[].class)
                .setParameter("d1", RatingLevel.DISSATISFIED).setParameter("d2", RatingLevel.VERY_DISSATISFIED).getSingleResult();
        return new RatingStats(number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private <T> TypedQuery<T> query(RatingFilter f, WindowScope scope, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            where.add("w.id in :scope");
            params.put("scope", scope.windowIds());
        }
        if (f.windowId() != null) {
            where.add("w.id = :window");
            params.put("window", f.windowId());
        }
        if (f.level() != null) {
            where.add("r.level = :level");
            params.put("level", f.level());
        } else if (f.badOnly()) {
            where.add("(r.level = :bad1 or r.level = :bad2)");
            params.put("bad1", RatingLevel.DISSATISFIED);
            params.put("bad2", RatingLevel.VERY_DISSATISFIED);
        }
        if (f.from() != null) {
            where.add("r.ratedAt >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.add("r.ratedAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        params.forEach(q::setParameter);
        return q;
    }
}
