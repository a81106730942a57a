package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public {@link SatisfactionBoard}, read anonymously (a screen has no login): {@code ChartDataService} and
 * {@code RankingService} are for signed-in roles, so this reads the same figures through their role-free building
 * blocks ({@link RankingReader}, {@link RatingCounts}) and keeps only rank and 满意率.
 */
@HallBound
@ApplicationScoped
public class SatisfactionBoardProvider implements SatisfactionBoard {

    private static final Logger LOG = Logger.getLogger(SatisfactionBoardProvider.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RankingReader rankings;

    @Override
    public Satisfaction satisfaction(YearMonth month, int months) {
        YearMonth from = month.minusMonths(months - 1L);
        List<?> rows = em.createNativeQuery("select period_ym, rating_level, count(*) from rating "
                        + "where hall_id = ? and period_ym >= ? and period_ym <= ? and excluded = false group by period_ym, rating_level")
                .setParameter(1, HallSql.hall(em)).setParameter(2, SchemeMapper.period(from))
                .setParameter(3, SchemeMapper.period(month)).getResultList();
        List<TrendPoint> trend = new ArrayList<>();
        RatingCounts.perMonth(rows, from, month).forEach((m, counts) ->
                trend.add(new TrendPoint(m, counts.total(), counts.satisfactionRatePercent())));
        TrendPoint now = trend.get(trend.size() - 1);
        List<Rank> ranking = List.of();
        try {
            RankingMonth m = rankings.month(AssessmentSubject.WINDOW, SchemeMapper.period(month));
            ranking = m.rows().stream().map(SatisfactionBoardProvider::rank).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "display: no window ranking for " + month, e);
        }
        return new Satisfaction(month, now.ratings(), now.percent(), trend, ranking);
    }

    private static Rank rank(Ranked<RankingRow> r) {
        return new Rank(r.rank(), r.tied(), r.item().subject().label(), r.item().satisfactionPercent());
    }
}
