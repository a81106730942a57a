package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;

/**
 * A deduction per event, charged to one item, e.g. 迟到 −1 on 出勤.
 *
 * <p>Amounts are stored as magnitudes (1 means "−1"); the sign comes from the kind of rule, so a
 * negative number in the data is always an error and is rejected.
 *
 * @param code           unique within the scheme
 * @param name           Chinese name, e.g. "迟到"
 * @param itemCode       the {@link SchemeItem} it is charged to
 * @param pointsPerEvent points taken per event (magnitude)
 * @param cap            most this rule may take in a month (magnitude); null = the item's maximum
 */
public record DeductionRule(String code, String name, String itemCode, BigDecimal pointsPerEvent, BigDecimal cap) {

    public DeductionRule {
        Points.requireText(code, "扣分项编码");
        Points.requireText(name, "扣分项名称");
        Points.requireText(itemCode, "扣分项“" + name + "”所属考评项目");
        pointsPerEvent = Points.nonNegative(pointsPerEvent, "扣分项“" + name + "”的每次扣分");
        cap = Points.optionalNonNegative(cap, "扣分项“" + name + "”的扣分上限");
    }
}
