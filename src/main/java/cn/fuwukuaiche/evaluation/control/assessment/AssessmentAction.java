package cn.fuwukuaiche.evaluation.control.assessment;

/** What someone does to a monthly sheet; {@link AssessmentFlow} says in which status it is allowed. */
public enum AssessmentAction {
    EDIT("填报"),
    SUBMIT("提交审核"),
    APPROVE("审核通过"),
    RETURN("退回"),
    CONFIRM("确认"),
    CORRECT("更正");

    private final String label;

    AssessmentAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
