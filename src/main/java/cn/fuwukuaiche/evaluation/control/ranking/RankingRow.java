package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.ScoreLine;
import cn.fuwukuaiche.evaluation.control.scheme.ScoreResult;

import java.math.BigDecimal;

/**
 * One scored subject of a month: who, under which scheme version, from which rating counts, and the
 * explained score ({@link ScoreResult#lines()} = "为什么是这个分数").
 */
public record RankingRow(RankingSubject subject, SchemeInForce scheme, RatingCounts counts, ScoreResult score) {

    public BigDecimal total() {
        return score.total();
    }

    /** Not eligible for the red flag when a veto (一票否决) was triggered this month. */
    public boolean eligibleForRedFlag() {
        return score.eligibleForRedFlag();
    }

    public BigDecimal satisfactionPercent() {
        return score.satisfactionRatePercent();
    }

    public BigDecimal ratingAverage() {
        return score.ratingAverage();
    }

    public int badCount() {
        return counts.bad();
    }

    public int ratingCount() {
        return counts.total();
    }

    /** Points actually taken by deductions (a positive number). */
    public BigDecimal deductionTotal() {
        return score.lines(ScoreLine.Kind.DEDUCTION).stream().map(ScoreLine::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
    }

    public BigDecimal bonusTotal() {
        return score.lines(ScoreLine.Kind.BONUS).stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
