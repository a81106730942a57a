package cn.fuwukuaiche.base.report;

import java.util.Objects;

/**
 * One figure of the yearly report taken from the record.
 *
 * @param item          the form's item code, one of {@link YearItems}
 * @param branchId      the branch the figure belongs to, or null for the hall as a whole (the general branch's own part)
 * @param value         the count (次, 人, 个, 项, 天 …) as the record gives it
 * @param evidenceRoute the page that lists the records behind the figure, as a Vaadin route with its query, e.g.
 *                      "party-life/meetings?year=2026&kind=LECTURE&branch=3"
 * @param evidence      what the records are, as people read it, e.g. "2026年 第一联合党支部 党课 4 次"
 */
public record YearFigure(String item, Long branchId, long value, String evidenceRoute, String evidence) {

    public YearFigure {
        Objects.requireNonNull(item, "item");
        if (value < 0) {
            throw new IllegalArgumentException("a figure is never negative: " + item + " = " + value);
        }
        Objects.requireNonNull(evidenceRoute, "evidenceRoute");
        evidence = evidence == null ? "" : evidence;
    }
}
