package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;

import java.math.BigDecimal;
import java.util.List;

/**
 * The default schemes a new hall starts with (and the demo county uses), taken from real halls' sheets:
 * windows 出勤 30 + 纪律 30 + 环境卫生 10 + 业务 30 with 迟到 −1, 群众不满意 −2 per 差评 (counted from the
 * ratings), 违规收费 −10, 表扬信 +1 …; persons 出勤 40 + 纪律 30 + 服务 30. Ratings convert 10/8/6/3/0,
 * 三评 weights 0.4/0.3/0.3, ties decided by 满意率 and then fewer 差评.
 */
public final class SchemeDefaults {

    public static final String WINDOW_SCHEME = "窗口月度考评";
    public static final String STAFF_SCHEME = "个人月度考评";
    public static final String TIE_BREAKERS = "SATISFACTION,BAD_COUNT";

    private SchemeDefaults() {
    }

    public static List<SchemeRuleSpec> windowRules(String pointsPerBadRating) {
        int o = 0;
        return List.of(
                SchemeRuleSpec.item("ATTENDANCE", "出勤", "30", o++),
                SchemeRuleSpec.item("DISCIPLINE", "纪律", "30", o++),
                SchemeRuleSpec.item("HYGIENE", "环境卫生", "10", o++),
                SchemeRuleSpec.item("BUSINESS", "业务", "30", o++),
                SchemeRuleSpec.deduction("LATE", "迟到", "ATTENDANCE", "1", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("EARLY_LEAVE", "早退", "ATTENDANCE", "1", "5", SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("ABSENT", "脱岗", "ATTENDANCE", "5", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("DRESS", "着装不规范", "DISCIPLINE", "0.5", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("ILLEGAL_FEE", "违规收费", "DISCIPLINE", "10", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("DIRTY", "卫生不合格", "HYGIENE", "2", "6", SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("UNSATISFIED", "群众不满意（差评）", "BUSINESS", pointsPerBadRating, null,
                        SchemeRuleFeed.BAD_RATINGS, o++),
                SchemeRuleSpec.deduction("OVERDUE", "办件超时", "BUSINESS", "1", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.bonus("PRAISE_LETTER", "表扬信", "1", "5", o++),
                SchemeRuleSpec.bonus("BANNER", "锦旗", "2", null, o++),
                SchemeRuleSpec.veto("COMPLAINT", "实名投诉查实", o++),
                SchemeRuleSpec.veto("BRIBE", "吃拿卡要", o));
    }

    public static List<SchemeRuleSpec> staffRules() {
        int o = 0;
        return List.of(
                SchemeRuleSpec.item("ATTENDANCE", "出勤", "40", o++),
                SchemeRuleSpec.item("DISCIPLINE", "纪律", "30", o++),
                SchemeRuleSpec.item("SERVICE", "服务", "30", o++),
                SchemeRuleSpec.deduction("LATE", "迟到", "ATTENDANCE", "1", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("LEAVE_POST", "脱岗", "ATTENDANCE", "3", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("RULE_BREACH", "违反工作纪律", "DISCIPLINE", "5", null, SchemeRuleFeed.MANUAL, o++),
                SchemeRuleSpec.deduction("UNSATISFIED", "群众不满意（差评）", "SERVICE", "2", null, SchemeRuleFeed.BAD_RATINGS, o++),
                SchemeRuleSpec.bonus("PRAISE_LETTER", "表扬信", "1", "5", o++),
                SchemeRuleSpec.veto("COMPLAINT", "实名投诉查实", o));
    }

    public static SchemeSpec window(int versionNo, int effectiveYm, String pointsPerBadRating, String note) {
        return spec(WINDOW_SCHEME, versionNo, effectiveYm, windowRules(pointsPerBadRating), note);
    }

    public static SchemeSpec staff(int versionNo, int effectiveYm, String note) {
        return spec(STAFF_SCHEME, versionNo, effectiveYm, staffRules(), note);
    }

    private static SchemeSpec spec(String name, int versionNo, int effectiveYm, List<SchemeRuleSpec> rules, String note) {
        return new SchemeSpec(null, name, versionNo, effectiveYm, new BigDecimal("6"),
                List.of(bd("10"), bd("8"), bd("6"), bd("3"), bd("0")), bd("0.4"), bd("0.3"), bd("0.3"), TIE_BREAKERS, note, rules);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
