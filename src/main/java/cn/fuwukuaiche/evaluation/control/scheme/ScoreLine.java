package cn.fuwukuaiche.evaluation.control.scheme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the explained score ("everyone can see why they got their score"). The points of all
 * lines of a result add up to its total: ITEM lines carry the item's full marks, DEDUCTION lines the
 * (negative) points actually taken, BONUS lines the points actually added, and VETO and RATING lines
 * 0 because they do not change the total.
 *
 * @param kind        what produced the line
 * @param code        the rule's code (or {@code RATING_AVERAGE} / {@code SATISFACTION_RATE})
 * @param name        Chinese name
 * @param points      contribution to the total, scale 2
 * @param explanation Chinese sentence, e.g. "迟到 3 次 × −1 = −3（出勤项最多扣 30）"
 * @param source      the caller's reference to the evidence, unchanged; null when none was given
 */
public record ScoreLine(Kind kind, String code, String name, BigDecimal points, String explanation, String source) {

    public enum Kind { ITEM, DEDUCTION, BONUS, VETO, RATING }

    public ScoreLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(explanation, "explanation");
    }
}
