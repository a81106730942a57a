package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** A realistic 100-point window sheet (出勤 30 + 纪律 30 + 环境卫生 10 + 业务 30) used across the tests. */
final class Schemes {

    static final String NAME = "窗口月度考评";

    static final List<SchemeItem> ITEMS = List.of(
            new SchemeItem("ATTENDANCE", "出勤", bd("30")),
            new SchemeItem("DISCIPLINE", "纪律", bd("30")),
            new SchemeItem("HYGIENE", "环境卫生", bd("10")),
            new SchemeItem("BUSINESS", "业务", bd("30")));

    static final List<DeductionRule> DEDUCTIONS = List.of(
            new DeductionRule("LATE", "迟到", "ATTENDANCE", bd("1"), null),
            new DeductionRule("EARLY_LEAVE", "早退", "ATTENDANCE", bd("1"), bd("5")),
            new DeductionRule("ABSENT", "旷工", "ATTENDANCE", bd("5"), null),
            new DeductionRule("DRESS", "着装不规范", "DISCIPLINE", bd("0.5"), null),
            new DeductionRule("ILLEGAL_FEE", "违规收费", "DISCIPLINE", bd("10"), null),
            new DeductionRule("DIRTY", "卫生不合格", "HYGIENE", bd("2"), bd("6")),
            new DeductionRule("UNSATISFIED", "群众不满意", "BUSINESS", bd("2"), null));

    static final List<BonusRule> BONUSES = List.of(
            new BonusRule("PRAISE_LETTER", "表扬信", bd("1"), bd("5")),
            new BonusRule("BANNER", "锦旗", bd("2"), null));

    static final List<VetoRule> VETOES = List.of(
            new VetoRule("COMPLAINT", "实名投诉查实"),
            new VetoRule("BRIBE", "吃拿卡要"));

    static final ThreeByThreeWeights WEIGHTS = ThreeByThreeWeights.of("0.4", "0.3", "0.3");

    private Schemes() {
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** Version 1, in force from January 2026. */
    static SchemeDefinition v1() {
        return version(1, YearMonth.of(2026, 1), DEDUCTIONS);
    }

    static SchemeDefinition version(int version, YearMonth from, List<DeductionRule> deductions) {
        return new SchemeDefinition(NAME, version, from, ITEMS, deductions, BONUSES, VETOES,
                RatingPointsMap.standard(), bd("6"), WEIGHTS);
    }
}
