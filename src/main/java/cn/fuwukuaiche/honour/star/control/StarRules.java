package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The star rule engine, plain Java: for each star, the criteria in force for the period are grouped; the star
 * is earned when every criterion of at least one group holds. A figure without data never holds. A star
 * without any criterion in force is never earned (nothing is awarded by default).
 */
public final class StarRules {

    private StarRules() {
    }

    /**
     * A star that stands on the wall (confirmed, not rejected or revoked): only it may be put to 公示 or revoked —
     * asked by {@code StarService} and by the star wall's buttons.
     */
    public static boolean standing(StarAwardStatus status) {
        return status == StarAwardStatus.CONFIRMED;
    }

    public static List<CriterionRule> inForce(List<CriterionRule> all, LocalDate periodStart) {
        return all.stream().filter(r -> r.appliesTo(periodStart)).toList();
    }

    public static List<StarVerdict> evaluate(List<CriterionRule> rules, StarFigures figures) {
        List<StarVerdict> out = new ArrayList<>();
        for (StarKind star : StarKind.values()) {
            out.add(evaluate(star, rules, figures));
        }
        return out;
    }

    public static StarVerdict evaluate(StarKind star, List<CriterionRule> rules, StarFigures figures) {
        Map<Integer, List<StarVerdict.Check>> groups = new TreeMap<>();
        for (CriterionRule r : rules) {
            if (r.star() != star) {
                continue;
            }
            BigDecimal actual = figures.value(r.metric(), star);
            boolean met = actual != null && r.comparison().test(actual, r.threshold());
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(new StarVerdict.Check(r, actual, met));
        }
        List<StarVerdict.Check> all = new ArrayList<>();
        for (List<StarVerdict.Check> checks : groups.values()) {
            if (checks.stream().allMatch(StarVerdict.Check::met)) {
                return new StarVerdict(star, true, List.copyOf(checks));
            }
            all.addAll(checks);
        }
        return new StarVerdict(star, false, List.copyOf(all));
    }
}
