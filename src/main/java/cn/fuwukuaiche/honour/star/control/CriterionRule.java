package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.Comparison;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One criterion as the engine sees it (a row of {@code star_criterion}). Criteria of the same star and group
 * must all hold; a star's groups are alternatives.
 *
 * @param id         the stored row's id, kept with an award so it names the rules it used (null in tests)
 * @param validUntil exclusive; null while in force
 */
public record CriterionRule(Long id, StarKind star, int group, StarMetric metric, Comparison comparison, BigDecimal threshold,
                            LocalDate validFrom, LocalDate validUntil) {

    public CriterionRule(StarKind star, int group, StarMetric metric, Comparison comparison, String threshold) {
        this(null, star, group, metric, comparison, new BigDecimal(threshold), LocalDate.of(2000, 1, 1), null);
    }

    /** In force for a period starting on {@code periodStart}. */
    public boolean appliesTo(LocalDate periodStart) {
        return !periodStart.isBefore(validFrom) && (validUntil == null || periodStart.isBefore(validUntil));
    }

    /** "满意率 ≥ 98%" */
    public String text() {
        return metric.label() + " " + comparison.symbol() + " " + threshold.stripTrailingZeros().toPlainString() + metric.unit();
    }
}
