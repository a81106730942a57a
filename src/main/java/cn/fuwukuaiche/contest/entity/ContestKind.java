package cn.fuwukuaiche.contest.entity;

/** What kind of contest: a timed knowledge test, a typing contest, or one scored by judges. */
public enum ContestKind {
    KNOWLEDGE("业务知识大练兵"), TYPING("计算机操作比赛"), OTHER("其他比赛");

    private final String label;

    ContestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
