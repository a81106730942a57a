package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;

/**
 * One scored heading of the monthly sheet, e.g. 出勤 30. Every item starts the month at its maximum and
 * only deductions lower it; that is how the halls' paper sheets work and what staff expect.
 *
 * @param code      stable identifier, unique within the scheme (also used in input and links)
 * @param name      Chinese name shown on the sheet
 * @param maxPoints full marks, scale 2, not negative
 */
public record SchemeItem(String code, String name, BigDecimal maxPoints) {

    public SchemeItem {
        Points.requireText(code, "考评项目编码");
        Points.requireText(name, "考评项目名称");
        maxPoints = Points.nonNegative(maxPoints, "考评项目“" + name + "”的满分");
    }
}
