package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A stored scheme version after validation: the engine's {@link SchemeDefinition}, the ranking criteria in
 * order (total first), and for each deduction/bonus where its count comes from.
 *
 * @param spec       the stored data it was made from
 * @param definition what {@link SchemeEngine#score} scores with
 * @param criteria   ranking order: {@link RankingCriterion#TOTAL} then the version's tie-breakers
 * @param feeds      deduction/bonus code → feed; codes not listed are manual
 */
public record SchemeInForce(SchemeSpec spec, SchemeDefinition definition, List<RankingCriterion> criteria,
                            Map<String, SchemeRuleFeed> feeds) {

    public SchemeInForce {
        criteria = List.copyOf(criteria);
        feeds = Map.copyOf(feeds);
    }

    public Long versionId() {
        return spec.versionId();
    }

    public int versionNo() {
        return definition.version();
    }

    public YearMonth effectiveFrom() {
        return definition.effectiveFrom();
    }

    public SchemeRuleFeed feed(String code) {
        return feeds.getOrDefault(code, SchemeRuleFeed.MANUAL);
    }

    /** "窗口月度考评 第2版（2026年9月起施行）" */
    public String label() {
        return definition.name() + " 第" + definition.version() + "版（" + SchemeVersions.format(definition.effectiveFrom())
               + "起施行）";
    }

    /** The tie-breakers' labels after the total, as shown on the ranking page. */
    public List<String> criteriaLabels() {
        return criteria.stream().map(RankingCriterion::label).toList();
    }
}
