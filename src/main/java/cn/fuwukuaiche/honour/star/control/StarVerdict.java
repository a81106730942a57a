package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.StarKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a person earned a star, and why: the checks of the group that held (or of every group when none did).
 */
public record StarVerdict(StarKind star, boolean earned, List<Check> checks) {

    /** One criterion against one figure; {@code actual} null = no data. */
    public record Check(CriterionRule rule, BigDecimal actual, boolean met) {

        /** "满意率 99.2% ≥ 98% ✓" */
        public String text() {
            String a = actual == null ? "无数据" : actual.stripTrailingZeros().toPlainString() + rule.metric().unit();
            return rule.metric().label() + " " + a + "（要求 " + rule.comparison().symbol() + " "
                    + rule.threshold().stripTrailingZeros().toPlainString() + rule.metric().unit() + "）" + (met ? " ✓" : " ✗");
        }
    }

    public String evidenceText() {
        return checks.stream().map(Check::text).collect(Collectors.joining("；"));
    }
}
