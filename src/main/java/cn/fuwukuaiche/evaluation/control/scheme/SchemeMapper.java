package cn.fuwukuaiche.evaluation.control.scheme;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleKind;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a stored scheme version ({@link SchemeSpec}) to the existing rule records, so the scoring rules stay
 * in one place ({@link SchemeEngine}) and the database only holds data. Validation is the records' own
 * (maxima sum to 100, unique codes, no negative amounts …) plus what only stored data can get wrong: a
 * missing amount, a computed feed on a rule that cannot have one, a month number that is no month.
 * All messages are Chinese, for the administrator who typed the data.
 */
public final class SchemeMapper {

    private SchemeMapper() {
    }

    /**
     * @throws IllegalArgumentException (Chinese) when the stored data does not make a valid scheme
     */
    public static SchemeInForce map(SchemeSpec spec) {
        Objects.requireNonNull(spec, "spec");
        YearMonth from = month(spec.effectiveYm());
        List<SchemeRuleSpec> rules = new ArrayList<>(spec.rules());
        rules.sort(Comparator.comparingInt(SchemeRuleSpec::sortOrder));

        List<SchemeItem> items = new ArrayList<>();
        List<DeductionRule> deductions = new ArrayList<>();
        List<BonusRule> bonuses = new ArrayList<>();
        List<VetoRule> vetoes = new ArrayList<>();
        Map<String, SchemeRuleFeed> feeds = new HashMap<>();
        for (SchemeRuleSpec r : rules) {
            if (r.kind() == null) {
                throw new IllegalArgumentException("规则“" + r.name() + "”缺少类型");
            }
            SchemeRuleFeed feed = r.feed() == null ? SchemeRuleFeed.MANUAL : r.feed();
            switch (r.kind()) {
                case ITEM -> {
                    items.add(new SchemeItem(r.code(), r.name(), amount(r, "满分")));
                    manualOnly(r, feed);
                }
                case DEDUCTION -> {
                    deductions.add(new DeductionRule(r.code(), r.name(), r.itemCode(), amount(r, "每次扣分"), r.cap()));
                    feeds.put(r.code(), feed);
                }
                case BONUS -> {
                    bonuses.add(new BonusRule(r.code(), r.name(), amount(r, "每次加分"), r.cap()));
                    if (feed == SchemeRuleFeed.BAD_RATINGS) {
                        throw new IllegalArgumentException("加分项“" + r.name() + "”不能按差评次数自动统计");
                    }
                    feeds.put(r.code(), feed);
                }
                case VETO -> {
                    vetoes.add(new VetoRule(r.code(), r.name()));
                    manualOnly(r, feed);
                }
            }
        }
        if (spec.ratingPoints().size() != RatingLevel.values().length) {
            throw new IllegalArgumentException("好差评折算分须为五档（非常满意、满意、基本满意、不满意、非常不满意）");
        }
        EnumMap<RatingLevel, BigDecimal> points = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            BigDecimal p = spec.ratingPoints().get(level.ordinal());
            if (p == null) {
                throw new IllegalArgumentException("“" + level.label() + "”的折算分不能为空");
            }
            points.put(level, p);
        }
        if (spec.weightPublic() == null || spec.weightPeer() == null || spec.weightOrganisation() == null) {
            throw new IllegalArgumentException("三评权重不能为空");
        }
        SchemeDefinition definition = new SchemeDefinition(spec.schemeName(), spec.versionNo(), from, items, deductions,
                bonuses, vetoes, new RatingPointsMap(points), spec.bonusCap(),
                new ThreeByThreeWeights(spec.weightPublic(), spec.weightPeer(), spec.weightOrganisation()));
        return new SchemeInForce(spec, definition, RankingCriterion.parse(spec.tieBreakers()), feeds);
    }

    /** All stored versions of one scheme, ordered and checked against each other. */
    public static SchemeVersions versions(Collection<SchemeInForce> all) {
        return SchemeVersions.of(all.stream().map(SchemeInForce::definition).toList());
    }

    /** 202609 → 2026-09. */
    public static YearMonth month(int periodYm) {
        int m = periodYm % 100;
        int y = periodYm / 100;
        if (m < 1 || m > 12 || y < 2000 || y > 2999) {
            throw new IllegalArgumentException("施行月份无效：" + periodYm);
        }
        return YearMonth.of(y, m);
    }

    /** 2026-09 → 202609, the form months are stored and grouped by. */
    public static int period(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static BigDecimal amount(SchemeRuleSpec r, String what) {
        if (r.points() == null) {
            throw new IllegalArgumentException(r.kind().label() + "“" + r.name() + "”的" + what + "不能为空");
        }
        return r.points();
    }

    private static void manualOnly(SchemeRuleSpec r, SchemeRuleFeed feed) {
        if (feed != SchemeRuleFeed.MANUAL) {
            throw new IllegalArgumentException(r.kind().label() + "“" + r.name() + "”不能自动统计");
        }
        if (r.kind() == SchemeRuleKind.VETO && r.cap() != null) {
            throw new IllegalArgumentException("一票否决项“" + r.name() + "”没有上限");
        }
    }
}
