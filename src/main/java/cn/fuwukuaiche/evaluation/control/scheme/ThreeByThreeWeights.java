package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Weights of the three evaluations in 三亮三比三评: 群众评 (public), 党员评 (peer) and 组织评
 * (organisation). They must sum to exactly 1 so that three 100-point scores combine to a 100-point
 * score and nobody can gain by the weights alone.
 *
 * <p>{@code public} is a Java keyword, hence the {@code …Weight} component names.
 */
public record ThreeByThreeWeights(BigDecimal publicWeight, BigDecimal peerWeight, BigDecimal organisationWeight) {

    public ThreeByThreeWeights {
        publicWeight = check(publicWeight, "群众评");
        peerWeight = check(peerWeight, "党员评");
        organisationWeight = check(organisationWeight, "组织评");
        BigDecimal sum = publicWeight.add(peerWeight).add(organisationWeight);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("三评权重之和必须为 1，现为 " + sum.stripTrailingZeros().toPlainString());
        }
    }

    public static ThreeByThreeWeights of(String publicWeight, String peerWeight, String organisationWeight) {
        return new ThreeByThreeWeights(new BigDecimal(publicWeight), new BigDecimal(peerWeight),
                new BigDecimal(organisationWeight));
    }

    /** Weighted sum of the three scores, scale 2 HALF_UP. */
    public BigDecimal combine(BigDecimal publicScore, BigDecimal peerScore, BigDecimal organisationScore) {
        Objects.requireNonNull(publicScore, "publicScore");
        Objects.requireNonNull(peerScore, "peerScore");
        Objects.requireNonNull(organisationScore, "organisationScore");
        return publicScore.multiply(publicWeight)
                .add(peerScore.multiply(peerWeight))
                .add(organisationScore.multiply(organisationWeight))
                .setScale(Points.SCALE, Points.ROUNDING);
    }

    private static BigDecimal check(BigDecimal w, String what) {
        if (w == null) {
            throw new IllegalArgumentException(what + "权重不能为空");
        }
        if (w.signum() < 0) {
            throw new IllegalArgumentException(what + "权重不能为负数");
        }
        return w;
    }
}
