package cn.fuwukuaiche.evaluation.control.assessment;

/**
 * One filled-in figure of a monthly sheet: how often a manual rule's event happened (for a veto: 1 =
 * triggered), with the filler's note (e.g. "3月5日、12日迟到").
 *
 * @param code  the rule's code in the sheet's scheme version
 * @param tally not negative
 * @param note  free text; may be null
 */
public record AssessmentFigure(String code, int tally, String note) {

    public AssessmentFigure {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("考评规则编码不能为空");
        }
        if (tally < 0) {
            throw new IllegalArgumentException("次数不能为负数：" + tally);
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
