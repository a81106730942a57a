package cn.fuwukuaiche.evaluation.entity;

/** The kinds of rules a scoring scheme version holds, in the order a sheet prints them. */
public enum SchemeRuleKind {
    ITEM("考评项目"),
    DEDUCTION("扣分项"),
    BONUS("加分项"),
    VETO("一票否决项");

    private final String label;

    SchemeRuleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
