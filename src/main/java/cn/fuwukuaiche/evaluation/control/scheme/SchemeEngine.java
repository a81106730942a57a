package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.base.rating.RatingLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a month's facts into an explained score under one scheme version.
 *
 * <p>Rules, as on the halls' paper sheets:
 * <ul>
 *   <li>each item starts at its full marks;</li>
 *   <li>a deduction takes count × points per event, but never more than its own cap (default: the item's
 *       full marks) and never more than what is left of the item, so an item bottoms out at 0 instead of
 *       eating into other items. Deductions on the same item are applied in the scheme's order; the
 *       item's final score does not depend on that order, only which line shows the trimmed amount;</li>
 *   <li>bonuses are added on top of the items, each within its own cap, all together within the scheme's
 *       bonus cap (applied in scheme order), so the total may exceed 100;</li>
 *   <li>a veto leaves the points alone but marks the month ineligible for the red flag;</li>
 *   <li>好差评 counts produce informational lines (average by the scheme's rating points, and 满意率);
 *       they do not change the total, because each 差评 is already charged through a deduction rule such
 *       as 群众不满意 −2, and counting it twice would be unfair.</li>
 * </ul>
 *
 * <p>Stateless; the input must only use codes the scheme defines, so that a typo never disappears
 * silently.
 */
public final class SchemeEngine {

    private static final String MINUS = "−";

    private SchemeEngine() {
    }

    /**
     * @throws IllegalArgumentException (Chinese message) if the input names a code the scheme lacks
     */
    public static ScoreResult score(SchemeDefinition s, AssessmentInput in) {
        Objects.requireNonNull(s, "scheme");
        Objects.requireNonNull(in, "input");
        for (String code : in.deductions().keySet()) {
            if (s.deduction(code).isEmpty()) {
                throw new IllegalArgumentException(s.title() + "中没有扣分项“" + code + "”");
            }
        }
        for (String code : in.bonuses().keySet()) {
            if (s.bonus(code).isEmpty()) {
                throw new IllegalArgumentException(s.title() + "中没有加分项“" + code + "”");
            }
        }
        for (String code : in.vetoes().keySet()) {
            if (s.veto(code).isEmpty()) {
                throw new IllegalArgumentException(s.title() + "中没有否决项“" + code + "”");
            }
        }

        List<ScoreLine> lines = new ArrayList<>();
        Map<String, BigDecimal> itemScores = new LinkedHashMap<>();
        BigDecimal total = Points.ZERO;

        for (SchemeItem item : s.items()) {
            BigDecimal remaining = item.maxPoints();
            List<ScoreLine> deductionLines = new ArrayList<>();
            for (DeductionRule rule : in.deductions().isEmpty() ? List.<DeductionRule>of() : s.deductions()) {
                if (!rule.itemCode().equals(item.code())) {
                    continue;
                }
                Tally t = in.deductions().get(rule.code());
                if (t == null || t.count() == 0) {
                    continue;
                }
                BigDecimal raw = rule.pointsPerEvent().multiply(BigDecimal.valueOf(t.count()));
                BigDecimal cap = rule.cap() != null ? rule.cap() : item.maxPoints();
                BigDecimal capped = raw.min(cap);
                BigDecimal applied = capped.min(remaining);
                remaining = remaining.subtract(applied);

                StringBuilder text = new StringBuilder()
                        .append(rule.name()).append(' ').append(t.count()).append(" 次 × ")
                        .append(MINUS).append(Points.fmt(rule.pointsPerEvent()))
                        .append(" = ").append(neg(raw));
                if (rule.cap() == null) {
                    text.append("（").append(item.name()).append("项最多扣 ").append(Points.fmt(cap)).append("）");
                } else {
                    text.append("（").append(rule.name()).append("最多扣 ").append(Points.fmt(cap)).append("）");
                }
                if (applied.compareTo(capped) < 0) {
                    text.append("，").append(item.name()).append("项仅剩 ")
                            .append(Points.fmt(applied)).append(" 分，实扣 ").append(neg(applied));
                } else if (capped.compareTo(raw) < 0) {
                    text.append("，实扣 ").append(neg(applied));
                }
                deductionLines.add(new ScoreLine(ScoreLine.Kind.DEDUCTION, rule.code(), rule.name(),
                        applied.negate().setScale(Points.SCALE), text.toString(), t.source()));
            }
            BigDecimal deducted = item.maxPoints().subtract(remaining);
            String itemText = deducted.signum() == 0
                    ? item.name() + "满分 " + Points.fmt(item.maxPoints()) + " 分，本月无扣分"
                    : item.name() + "满分 " + Points.fmt(item.maxPoints()) + " 分，扣 " + Points.fmt(deducted)
                      + " 分，得 " + Points.fmt(remaining) + " 分";
            lines.add(new ScoreLine(ScoreLine.Kind.ITEM, item.code(), item.name(), item.maxPoints(), itemText, null));
            lines.addAll(deductionLines);
            itemScores.put(item.code(), remaining.setScale(Points.SCALE));
            total = total.add(remaining);
        }

        BigDecimal bonusLeft = s.bonusCap();
        for (BonusRule rule : s.bonuses()) {
            Tally t = in.bonuses().get(rule.code());
            if (t == null || t.count() == 0) {
                continue;
            }
            BigDecimal raw = rule.pointsPerEvent().multiply(BigDecimal.valueOf(t.count()));
            BigDecimal capped = rule.cap() == null ? raw : raw.min(rule.cap());
            BigDecimal applied = capped.min(bonusLeft);
            bonusLeft = bonusLeft.subtract(applied);

            StringBuilder text = new StringBuilder()
                    .append(rule.name()).append(' ').append(t.count()).append(" 次 × +")
                    .append(Points.fmt(rule.pointsPerEvent())).append(" = +").append(Points.fmt(raw));
            if (rule.cap() != null) {
                text.append("（").append(rule.name()).append("最多加 ").append(Points.fmt(rule.cap())).append("）");
            } else {
                text.append("（加分合计最多 ").append(Points.fmt(s.bonusCap())).append("）");
            }
            if (applied.compareTo(capped) < 0) {
                text.append("，已达加分合计上限 ").append(Points.fmt(s.bonusCap()))
                        .append("，实加 +").append(Points.fmt(applied));
            } else if (capped.compareTo(raw) < 0) {
                text.append("，实加 +").append(Points.fmt(applied));
            }
            lines.add(new ScoreLine(ScoreLine.Kind.BONUS, rule.code(), rule.name(),
                    applied.setScale(Points.SCALE), text.toString(), t.source()));
            total = total.add(applied);
        }

        boolean vetoed = false;
        for (VetoRule rule : s.vetoes()) {
            if (!in.vetoes().containsKey(rule.code())) {
                continue;
            }
            vetoed = true;
            lines.add(new ScoreLine(ScoreLine.Kind.VETO, rule.code(), rule.name(), Points.ZERO,
                    rule.name() + "：一票否决，本月不得参评流动红旗（分数照常计算）", in.vetoes().get(rule.code())));
        }

        RatingCounts ratings = in.ratings() == null ? RatingCounts.none() : in.ratings();
        BigDecimal average = s.ratingPoints().averagePoints(ratings);
        BigDecimal rate = ratings.satisfactionRatePercent();
        if (ratings.total() == 0) {
            lines.add(new ScoreLine(ScoreLine.Kind.RATING, "SATISFACTION_RATE", "满意率", Points.ZERO,
                    "本月暂无好差评，满意率和评价均分不计算", in.ratingsSource()));
        } else {
            StringBuilder detail = new StringBuilder();
            for (RatingLevel level : RatingLevel.values()) {
                if (detail.length() > 0) {
                    detail.append("、");
                }
                detail.append(level.label()).append(' ').append(ratings.count(level));
            }
            lines.add(new ScoreLine(ScoreLine.Kind.RATING, "RATING_AVERAGE", "好差评平均分", Points.ZERO,
                    "本月评价 " + ratings.total() + " 次（" + detail + "），按 " + s.ratingPoints().describe()
                    + " 折算平均 " + average.toPlainString() + " 分（不计入总分）", in.ratingsSource()));
            lines.add(new ScoreLine(ScoreLine.Kind.RATING, "SATISFACTION_RATE", "满意率", Points.ZERO,
                    "满意率 = （非常满意 " + ratings.count(RatingLevel.VERY_SATISFIED)
                    + " + 满意 " + ratings.count(RatingLevel.SATISFIED)
                    + " + 基本满意 " + ratings.count(RatingLevel.BASIC) + "）÷ 评价 " + ratings.total()
                    + " 次 = " + rate.toPlainString() + "%（不计入总分）", in.ratingsSource()));
        }

        return new ScoreResult(s.name(), s.version(), total.setScale(Points.SCALE), vetoed, lines, itemScores,
                average, rate);
    }

    private static String neg(BigDecimal magnitude) {
        return magnitude.signum() == 0 ? "0" : MINUS + Points.fmt(magnitude);
    }
}
