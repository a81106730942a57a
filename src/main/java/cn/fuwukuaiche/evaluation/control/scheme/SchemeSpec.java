package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One stored scheme version as the database holds it (tables {@code scheme_version} + {@code scheme_rule}),
 * before validation. Both the JPA entities and the ranking's SQL loader produce it, and {@link SchemeMapper}
 * is the one place that turns it into the rules the engine scores with.
 *
 * @param versionId       database id; null for a version not yet stored
 * @param schemeName      e.g. "窗口月度考评"
 * @param versionNo       1, 2, …
 * @param effectiveYm     first month it applies to, e.g. 202609
 * @param bonusCap        most all bonuses together may add in a month
 * @param ratingPoints    points per rating level, best first (非常满意 … 非常不满意), five values
 * @param weightPublic    三评 weight of 群众评
 * @param weightPeer      三评 weight of 党员评
 * @param weightOrganisation 三评 weight of 组织评
 * @param tieBreakers     stored tie-breakers after the total, e.g. "SATISFACTION,BAD_COUNT"
 * @param changeNote      what changed against the previous version
 * @param rules           all rules of the version
 */
public record SchemeSpec(Long versionId, String schemeName, int versionNo, int effectiveYm, BigDecimal bonusCap,
                         List<BigDecimal> ratingPoints, BigDecimal weightPublic, BigDecimal weightPeer,
                         BigDecimal weightOrganisation, String tieBreakers, String changeNote, List<SchemeRuleSpec> rules) {

    public SchemeSpec {
        // may hold nulls (a field left empty): the mapper names the missing level
        ratingPoints = ratingPoints == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ratingPoints));
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The same version's content under a new number and month (for "new version from this one"). */
    public SchemeSpec asNewVersion(int newVersionNo, int newEffectiveYm, String note) {
        return new SchemeSpec(null, schemeName, newVersionNo, newEffectiveYm, bonusCap, ratingPoints, weightPublic,
                weightPeer, weightOrganisation, tieBreakers, note, rules);
    }
}
