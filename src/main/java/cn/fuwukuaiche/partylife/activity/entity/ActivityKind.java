package cn.fuwukuaiche.partylife.activity.entity;

/** What an activity of a 创先争优 series was; 下基层 counts days, 公开承诺办实事 has a result. */
public enum ActivityKind {
    STUDY("学习"),
    VOLUNTEER("志愿服务"),
    HEART_TALK("交心谈心"),
    VISIT("下基层"),
    PLEDGE("公开承诺办实事"),
    OTHER("其他");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
