package cn.fuwukuaiche.partylife.meeting.control;

/** A cell of the cadence matrix: held (green), due soon (yellow), overdue (red), or not yet due. */
public enum CadenceLight {
    GREEN("已召开"),
    YELLOW("临期未开"),
    RED("逾期未开"),
    OPEN("未到期");

    private final String label;

    CadenceLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
