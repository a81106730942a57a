package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.base.control.BusinessException;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * 三亮三比三评 for one Party member and month: 群众评 comes from the citizens' 好差评 of the ratings given to
 * that person (the scheme's rating points, as a percentage of the best level's points), 党员评 and 组织评 are
 * entered by the branch (the peers' ballots averaged at the branch meeting, the organisation's assessment),
 * and the three combine with the weights of the scheme version in force that month.
 * <p>
 * A missing 群众评 (nobody rated the person that month) is not 0: the combined score is then not computed,
 * the page says why, and the person is ranked after those with a combined score.
 */
public final class ThreeByThreeRules {

    public static final BigDecimal MAX = new BigDecimal("100");

    private ThreeByThreeRules() {
    }

    /** The public score out of 100, or null when nobody rated the person that month. */
    public static BigDecimal publicScore(RatingPointsMap map, RatingCounts counts) {
        BigDecimal average = map.averagePoints(counts);
        if (average == null) {
            return null;
        }
        BigDecimal best = Arrays.stream(RatingLevel.values()).map(map::pointsFor).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        if (best.signum() == 0) {
            return null;
        }
        return average.multiply(MAX).divide(best, Points.SCALE, Points.ROUNDING);
    }

    /**
     * A score typed in by the branch: 0 to 100 with at most two decimals.
     *
     * @throws BusinessException with the field and a Chinese message
     */
    public static BigDecimal checkEntered(BigDecimal value, String field, String label) {
        if (value == null) {
            throw new BusinessException(field, "请填写" + label + "（0–100 分）");
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new BusinessException(field, label + "须在 0 到 100 分之间");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new BusinessException(field, label + "最多保留两位小数");
        }
        return value.setScale(Points.SCALE, Points.ROUNDING);
    }

    /** The weighted sum, or null while any of the three is missing. */
    public static BigDecimal combined(ThreeByThreeWeights w, BigDecimal publicScore, BigDecimal peer, BigDecimal organisation) {
        if (publicScore == null || peer == null || organisation == null) {
            return null;
        }
        return w.combine(publicScore, peer, organisation);
    }

    /** "群众评 95 × 0.4 + 党员评 90 × 0.3 + 组织评 92 × 0.3 = 92.6", for the page and the audit trail. */
    public static String explain(ThreeByThreeWeights w, BigDecimal publicScore, BigDecimal peer, BigDecimal organisation) {
        BigDecimal c = combined(w, publicScore, peer, organisation);
        String p = publicScore == null ? "（本月无人评价）" : Points.fmt(publicScore);
        String text = "群众评 " + p + " × " + Points.fmt(w.publicWeight())
                      + " + 党员评 " + (peer == null ? "（未录入）" : Points.fmt(peer)) + " × " + Points.fmt(w.peerWeight())
                      + " + 组织评 " + (organisation == null ? "（未录入）" : Points.fmt(organisation)) + " × "
                      + Points.fmt(w.organisationWeight());
        return c == null ? text + "，三项齐全后合成" : text + " = " + Points.fmt(c);
    }
}
