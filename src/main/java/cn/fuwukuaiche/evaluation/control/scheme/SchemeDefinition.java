package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a monthly scoring scheme (评分方案). Scoring rules are data so that a hall can change
 * them without a release, and a version is immutable so that any published month can be recomputed
 * from the records under exactly the rules it was scored with.
 *
 * <p>Validated on construction, with messages an administrator can act on: the items' maxima must sum
 * to 100, all codes (items, deductions, bonuses and vetoes together) must be unique, every deduction
 * must point at an existing item, and no amount may be negative.
 *
 * @param name          the scheme's name, the same across its versions, e.g. "窗口月度考评"
 * @param version       1, 2, …
 * @param effectiveFrom first month scored with this version
 * @param items         scored headings, in the order they are printed
 * @param deductions    deduction rules, in the order they are printed and applied
 * @param bonuses       bonus rules, in the order they are printed and applied
 * @param vetoes        veto rules
 * @param ratingPoints  points per rating level (for the 好差评 average shown with the score)
 * @param bonusCap      most all bonuses together may add in a month
 * @param weights       三亮三比三评 weights
 */
public record SchemeDefinition(String name, int version, YearMonth effectiveFrom, List<SchemeItem> items,
                               List<DeductionRule> deductions, List<BonusRule> bonuses, List<VetoRule> vetoes,
                               RatingPointsMap ratingPoints, BigDecimal bonusCap, ThreeByThreeWeights weights) {

    public SchemeDefinition {
        Points.requireText(name, "评分方案名称");
        if (version < 1) {
            throw new IllegalArgumentException("评分方案版本号必须从 1 开始：" + version);
        }
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("评分方案必须写明施行月份");
        }
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        deductions = List.copyOf(deductions == null ? List.of() : deductions);
        bonuses = List.copyOf(bonuses == null ? List.of() : bonuses);
        vetoes = List.copyOf(vetoes == null ? List.of() : vetoes);
        if (ratingPoints == null) {
            throw new IllegalArgumentException("评分方案必须设定好差评折算分");
        }
        if (weights == null) {
            throw new IllegalArgumentException("评分方案必须设定三评权重");
        }
        bonusCap = Points.nonNegative(bonusCap, "加分合计上限");

        String title = "评分方案“" + name + "”第" + version + "版";
        if (items.isEmpty()) {
            throw new IllegalArgumentException(title + "至少要有一个考评项目");
        }
        BigDecimal sum = items.stream().map(SchemeItem::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(Points.HUNDRED) != 0) {
            throw new IllegalArgumentException(title + "各考评项目满分合计为 " + Points.fmt(sum) + " 分，应为 100 分");
        }
        Set<String> codes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        for (SchemeItem i : items) {
            unique(codes, i.code(), title);
            itemCodes.add(i.code());
        }
        for (DeductionRule d : deductions) {
            unique(codes, d.code(), title);
            if (!itemCodes.contains(d.itemCode())) {
                throw new IllegalArgumentException(
                        title + "的扣分项“" + d.name() + "”指向不存在的考评项目“" + d.itemCode() + "”");
            }
        }
        for (BonusRule b : bonuses) {
            unique(codes, b.code(), title);
        }
        for (VetoRule v : vetoes) {
            unique(codes, v.code(), title);
        }
    }

    private static void unique(Set<String> codes, String code, String title) {
        if (!codes.add(code)) {
            throw new IllegalArgumentException(title + "中编码“" + code + "”重复");
        }
    }

    /** "评分方案“窗口月度考评”第2版", for messages. */
    public String title() {
        return "评分方案“" + name + "”第" + version + "版";
    }

    public Optional<SchemeItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<DeductionRule> deduction(String code) {
        return deductions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<BonusRule> bonus(String code) {
        return bonuses.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public Optional<VetoRule> veto(String code) {
        return vetoes.stream().filter(v -> v.code().equals(code)).findFirst();
    }
}
