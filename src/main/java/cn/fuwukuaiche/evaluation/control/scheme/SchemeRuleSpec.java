package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleKind;

import java.math.BigDecimal;

/**
 * One rule of a stored scheme version, as the database holds it (table {@code scheme_rule}). Unvalidated:
 * {@link SchemeMapper} turns a version's rules into a validated {@link SchemeDefinition}.
 *
 * @param kind      item, deduction, bonus or veto
 * @param code      unique within the version
 * @param name      Chinese name
 * @param itemCode  for a deduction: the item it is charged to; otherwise null
 * @param points    item: full marks; deduction/bonus: points per event (magnitude); veto: null
 * @param cap       deduction/bonus: most it may take/add in a month; null = no own cap
 * @param feed      where the count comes from (manual, or computed from ratings)
 * @param sortOrder printing order within the version
 */
public record SchemeRuleSpec(SchemeRuleKind kind, String code, String name, String itemCode, BigDecimal points,
                             BigDecimal cap, SchemeRuleFeed feed, int sortOrder) {

    public static SchemeRuleSpec item(String code, String name, String max, int order) {
        return new SchemeRuleSpec(SchemeRuleKind.ITEM, code, name, null, new BigDecimal(max), null, SchemeRuleFeed.MANUAL, order);
    }

    public static SchemeRuleSpec deduction(String code, String name, String item, String points, String cap,
                                           SchemeRuleFeed feed, int order) {
        return new SchemeRuleSpec(SchemeRuleKind.DEDUCTION, code, name, item, new BigDecimal(points),
                cap == null ? null : new BigDecimal(cap), feed, order);
    }

    public static SchemeRuleSpec bonus(String code, String name, String points, String cap, int order) {
        return new SchemeRuleSpec(SchemeRuleKind.BONUS, code, name, null, new BigDecimal(points),
                cap == null ? null : new BigDecimal(cap), SchemeRuleFeed.MANUAL, order);
    }

    public static SchemeRuleSpec veto(String code, String name, int order) {
        return new SchemeRuleSpec(SchemeRuleKind.VETO, code, name, null, null, null, SchemeRuleFeed.MANUAL, order);
    }
}
