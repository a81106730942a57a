package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.base.ranking.CompetitionRanking;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.ranking.TieBreaker;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentInputs;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentSources;
import cn.fuwukuaiche.evaluation.control.scheme.RankingCriterion;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeEngine;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores each subject with its sheet's scheme version ({@link SchemeEngine}) and ranks them with standard
 * competition ranking ({@link CompetitionRanking}) by the total and then the version's tie-breakers. Subjects
 * are first put in their stable order (window number), so equal subjects are listed the same way on every
 * page load and in every export.
 */
public final class RankingCalculator {

    private static final BigDecimal NONE = BigDecimal.valueOf(-1);

    private RankingCalculator() {
    }

    /**
     * @param live the month's live rating counts for the subject (used unless the sheet froze its own);
     *             null = no ratings
     */
    public static RankingRow score(RankingSubject s, SchemeInForce scheme, RatingCounts live, int periodYm) {
        RatingCounts counts = s.frozenCounts() != null ? s.frozenCounts() : (live != null ? live : RatingCounts.none());
        String ratingsSource = AssessmentSources.ratings(s.kind(), s.subjectId(), periodYm);
        return new RankingRow(s, scheme, counts, SchemeEngine.score(scheme.definition(),
                AssessmentInputs.build(scheme, s.assessmentId(), s.figures(), counts, ratingsSource)));
    }

    public static List<Ranked<RankingRow>> rank(List<RankingRow> rows, List<RankingCriterion> criteria) {
        List<RankingRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(r -> r.subject().sortKey()));
        List<TieBreaker<RankingRow>> breakers = new ArrayList<>();
        if (criteria.isEmpty() || criteria.get(0) != RankingCriterion.TOTAL) {
            breakers.add(tieBreaker(RankingCriterion.TOTAL));
        }
        criteria.forEach(c -> breakers.add(tieBreaker(c)));
        return CompetitionRanking.rank(ordered, breakers);
    }

    static TieBreaker<RankingRow> tieBreaker(RankingCriterion c) {
        return switch (c) {
            case TOTAL -> TieBreaker.higherFirst(c.label(), RankingRow::total);
            case SATISFACTION -> TieBreaker.higherFirst(c.label(), r -> orNone(r.satisfactionPercent()));
            case BAD_COUNT -> TieBreaker.lowerFirst(c.label(), RankingRow::badCount);
            case RATING_AVERAGE -> TieBreaker.higherFirst(c.label(), r -> orNone(r.ratingAverage()));
            case DEDUCTIONS -> TieBreaker.lowerFirst(c.label(), RankingRow::deductionTotal);
            case RATING_COUNT -> TieBreaker.higherFirst(c.label(), RankingRow::ratingCount);
        };
    }

    // A subject without ratings has no rate; it sorts after every subject that has one.
    private static BigDecimal orNone(BigDecimal v) {
        return v == null ? NONE : v;
    }
}
