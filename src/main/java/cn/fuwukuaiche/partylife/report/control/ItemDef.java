package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.partylife.report.entity.ItemSource;

/**
 * One item of a year's form as the rules see it (a {@code YearTemplateItem} without its database identity).
 *
 * @param section the section, e.g. "一、思想政治建设"
 * @param group   the group, e.g. "4、上党课"
 * @param code    the item code, stable across years ({@code base.report.YearItems} for record items)
 * @param formula RATE(a,b) or DIFF(a,b) for {@link ItemSource#COMPUTED}, else null
 */
public record ItemDef(String section, String group, String code, String label, String unit, ItemSource source,
                      String formula) {

    /** Units counted in whole numbers (everything but 元, 公里 and %). */
    public boolean whole() {
        return !("元".equals(unit) || "公里".equals(unit) || "%".equals(unit));
    }

    public boolean rate() {
        return "%".equals(unit);
    }

    /** "4、上党课 全年机关上党课（次）" */
    public String title() {
        return label + "（" + unit + "）";
    }
}
