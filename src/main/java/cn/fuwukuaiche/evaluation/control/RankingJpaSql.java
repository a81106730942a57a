package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.evaluation.control.ranking.RankingSqlRunner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/** The ranking's SQL through JPA: same connection and transaction as the caller's other work. */
final class RankingJpaSql implements RankingSqlRunner {

    private final EntityManager em;

    RankingJpaSql(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... params) {
        Query q = em.createNativeQuery(sql);
        q.setParameter(1, HallSql.hall(em));
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 2, params[i]);
        }
        return q.getResultList();
    }
}
