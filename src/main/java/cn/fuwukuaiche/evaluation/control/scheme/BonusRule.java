package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;

/**
 * Points added per event on top of the items, e.g. 表扬信 +1, at most 5. The scheme's overall
 * {@link SchemeDefinition#bonusCap()} applies in addition.
 *
 * @param code           unique within the scheme
 * @param name           Chinese name
 * @param pointsPerEvent points added per event (magnitude)
 * @param cap            most this rule may add in a month; null = only the scheme's overall bonus cap
 */
public record BonusRule(String code, String name, BigDecimal pointsPerEvent, BigDecimal cap) {

    public BonusRule {
        Points.requireText(code, "加分项编码");
        Points.requireText(name, "加分项名称");
        pointsPerEvent = Points.nonNegative(pointsPerEvent, "加分项“" + name + "”的每次加分");
        cap = Points.optionalNonNegative(cap, "加分项“" + name + "”的加分上限");
    }
}
