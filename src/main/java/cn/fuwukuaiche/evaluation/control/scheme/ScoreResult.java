package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A window's explained monthly score. It names the scheme version it was computed with, so that the
 * stored month keeps its version even after the scheme changes.
 *
 * @param schemeName              scheme name
 * @param schemeVersion           scheme version used
 * @param total                   sum of all line points, scale 2 (may exceed 100 with bonuses)
 * @param vetoed                  true when a veto rule was triggered: not eligible for the red flag
 * @param lines                   explained lines, in printing order
 * @param itemScores              item code → points left after deductions, in scheme order
 * @param ratingAverage           好差评 average by the scheme's rating points; null without ratings
 * @param satisfactionRatePercent 满意率 in percent; null without ratings
 */
public record ScoreResult(String schemeName, int schemeVersion, BigDecimal total, boolean vetoed,
                          List<ScoreLine> lines, Map<String, BigDecimal> itemScores, BigDecimal ratingAverage,
                          BigDecimal satisfactionRatePercent) {

    public ScoreResult {
        lines = List.copyOf(lines);
        itemScores = Collections.unmodifiableMap(new LinkedHashMap<>(itemScores));
    }

    /** The red flag may only go to a window without a veto that month. */
    public boolean eligibleForRedFlag() {
        return !vetoed;
    }

    public List<ScoreLine> lines(ScoreLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }
}
