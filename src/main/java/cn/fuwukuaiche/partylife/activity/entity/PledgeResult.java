package cn.fuwukuaiche.partylife.activity.entity;

/** The result of a 公开承诺办实事 once its term has ended (none while it runs). */
public enum PledgeResult {
    DONE("已完成"),
    NOT_DONE("未完成");

    private final String label;

    PledgeResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
