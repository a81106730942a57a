package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.partylife.report.entity.ItemSource;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the yearly report in plain Java (table tests in {@code YearReportRulesTest}): what a typed figure may
 * be, how the branches' parts roll up to the general branch (sums; computed items from the summed parts, never
 * summed themselves), and which figures contradict each other (a rate over 100 %).
 */
public final class YearReportRules {

    public static final String MSG_NOT_NUMBER = "请输入数字";
    public static final String MSG_NEGATIVE = "数量不能为负数";
    public static final String MSG_WHOLE = "该项须为整数";
    public static final String MSG_RATE = "比率不能超过 100%";
    public static final String MSG_FROM_RECORD = "该数据来自记录，请更正记录";
    public static final String MSG_COMPUTED = "该项由公式计算，不能填写";
    public static final String MSG_TOO_LARGE = "数值过大";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private YearReportRules() {
    }

    /**
     * Reads a typed figure ("12", "１２", "3.5", blank = not filled), or the problem in Chinese.
     *
     * @param recordKnown whether a {@code YearFigureSource} answers this item (then it is never typed)
     */
    public static Parsed parse(ItemDef item, String text, boolean recordKnown) {
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
        if (item.source() == ItemSource.COMPUTED) {
            return t.isEmpty() ? Parsed.ok(null) : Parsed.problem(MSG_COMPUTED);
        }
        if (item.source() == ItemSource.RECORD && recordKnown) {
            return t.isEmpty() ? Parsed.ok(null) : Parsed.problem(MSG_FROM_RECORD);
        }
        if (t.isEmpty()) {
            return Parsed.ok(null);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t);
        } catch (NumberFormatException e) {
            return Parsed.problem(MSG_NOT_NUMBER);
        }
        if (v.signum() < 0) {
            return Parsed.problem(MSG_NEGATIVE);
        }
        if (v.compareTo(LIMIT) >= 0) {
            return Parsed.problem(MSG_TOO_LARGE);
        }
        if (item.whole() && v.stripTrailingZeros().scale() > 0) {
            return Parsed.problem(MSG_WHOLE);
        }
        if (!item.whole() && v.stripTrailingZeros().scale() > 2) {
            return Parsed.problem("最多两位小数");
        }
        if (item.rate() && v.compareTo(HUNDRED) > 0) {
            return Parsed.problem(MSG_RATE);
        }
        return Parsed.ok(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v);
    }

    /** The problem of a typed figure, for a field's live check. */
    public static Optional<String> problem(ItemDef item, String text, boolean recordKnown) {
        return Optional.ofNullable(parse(item, text, recordKnown).problem());
    }

    /** Fills the computed items of one part (or of the roll-up) from its other figures; returns a new map. */
    public static Map<String, BigDecimal> compute(List<ItemDef> items, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> out = new LinkedHashMap<>(values);
        for (ItemDef i : items) {
            if (i.source() == ItemSource.COMPUTED) {
                BigDecimal v = Formula.parse(i.formula()).apply(out);
                if (v == null) {
                    out.remove(i.code());
                } else {
                    out.put(i.code(), v);
                }
            }
        }
        return out;
    }

    /**
     * The general branch's figures: each counted item summed over the parts (a part that left it blank adds
     * nothing; blank in every part stays blank), then the computed items from those sums.
     */
    public static Map<String, BigDecimal> rollUp(List<ItemDef> items, Collection<Map<String, BigDecimal>> parts) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (ItemDef i : items) {
            if (i.source() == ItemSource.COMPUTED) {
                continue;
            }
            for (Map<String, BigDecimal> p : parts) {
                BigDecimal v = p.get(i.code());
                if (v != null) {
                    sums.merge(i.code(), v, BigDecimal::add);
                }
            }
        }
        return compute(items, sums);
    }

    /**
     * Figures that contradict each other, by item code → message: a computed rate over 100 % (办结率: more resolved
     * than received) or a negative difference (已完成 more than 承诺). Checked when a part is submitted.
     */
    public static Map<String, String> contradictions(List<ItemDef> items, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> all = compute(items, values);
        Map<String, String> out = new LinkedHashMap<>();
        for (ItemDef i : items) {
            BigDecimal v = all.get(i.code());
            if (i.source() != ItemSource.COMPUTED || v == null) {
                continue;
            }
            Formula f = Formula.parse(i.formula());
            if (i.rate() && v.compareTo(HUNDRED) > 0) {
                out.put(f.a(), i.label() + "超过 100%：" + label(items, f.a()) + "不能多于" + label(items, f.b()));
            } else if (v.signum() < 0) {
                out.put(f.b(), label(items, f.b()) + "不能多于" + label(items, f.a()));
            }
        }
        return out;
    }

    private static String label(List<ItemDef> items, String code) {
        return items.stream().filter(i -> i.code().equals(code)).map(ItemDef::label).findFirst().orElse(code)
                .replaceAll("^[(（]\\d+[)）]", "");
    }

    /** One line of the year-on-year comparison; {@code change} is null when either year is blank. */
    public record Comparison(ItemDef item, BigDecimal thisYear, BigDecimal lastYear, BigDecimal change) {
    }

    /** This year's items against last year's figures by code (an item new this year has no last year). */
    public static List<Comparison> yearOnYear(List<ItemDef> items, Map<String, BigDecimal> thisYear,
                                              Map<String, BigDecimal> lastYear) {
        List<Comparison> out = new ArrayList<>();
        for (ItemDef i : items) {
            BigDecimal a = thisYear.get(i.code());
            BigDecimal b = lastYear.get(i.code());
            out.add(new Comparison(i, a, b, a == null || b == null ? null : a.subtract(b)));
        }
        return out;
    }

    /** "12", "87.5", "" for blank. */
    public static String format(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A typed figure read, or the reason it is refused. */
    public record Parsed(BigDecimal value, String problem) {
        static Parsed ok(BigDecimal v) {
            return new Parsed(v, null);
        }

        static Parsed problem(String p) {
            return new Parsed(null, p);
        }
    }
}
