package cn.fuwukuaiche.network.entity;

/**
 * Where a case stands in the seven-step flow 委托 → 受理 → 办理 → 送达 → 归档 → 上报 → 回访. Handing up
 * (上交) and the automatic return to the accepting node (回流) move the case between nodes, not between
 * states.
 */
public enum CaseState {
    ENTRUSTED("已委托，待补齐材料", false),
    ACCEPTED("已受理，办理中", false),
    HANDLED("已办结，待送达", true),
    DELIVERED("已送达", true),
    ARCHIVED("已归档", true),
    REPORTED("已上报", true),
    FOLLOWED_UP("已回访", true);

    private final String label;
    private final boolean handled;

    CaseState(String label, boolean handled) {
        this.label = label;
        this.handled = handled;
    }

    public String label() {
        return label;
    }

    /** Whether the case has been handled (办结): the promised deadline no longer runs. */
    public boolean isHandled() {
        return handled;
    }
}
