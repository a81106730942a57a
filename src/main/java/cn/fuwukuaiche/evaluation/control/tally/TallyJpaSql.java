package cn.fuwukuaiche.evaluation.control.tally;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;

/** {@link TallySql} in the caller's transaction: native queries, which EclipseLink's multitenancy does not filter. */
public record TallyJpaSql(EntityManager em) implements TallySql {

    @Override
    public List<Object[]> rows(String sql, Object... params) {
        List<?> rows = bind(em.createNativeQuery(sql), params).getResultList();
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            out.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return out;
    }

    @Override
    public int update(String sql, Object... params) {
        return bind(em.createNativeQuery(sql), params).executeUpdate();
    }

    private static Query bind(Query q, Object... params) {
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }
}
