package cn.fuwukuaiche.network.entity;

/** One recorded step of a case: the seven steps of the 代办 flow plus the two moves between nodes. */
public enum CaseStep {
    ENTRUST("委托"),
    ACCEPT("受理"),
    HAND_UP("上交"),
    HANDLE("办理"),
    RETURN("回流送达点"),
    DELIVER("送达"),
    ARCHIVE("归档"),
    REPORT("上报"),
    FOLLOW_UP("回访");

    private final String label;

    CaseStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
