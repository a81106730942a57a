package cn.fuwukuaiche.partylife.appraisal.entity;

/** 评议等次: what members vote for each other and what the committee decides. */
public enum AppraisalGrade {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    BASICALLY_QUALIFIED("基本合格"),
    UNQUALIFIED("不合格");

    private final String label;

    AppraisalGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
