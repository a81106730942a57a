package cn.fuwukuaiche.partylife.appraisal.entity;

/** 不合格党员的处置: what was decided for a member graded 不合格. */
public enum Handling {
    /** 限期改正, with a date. */
    CORRECT_BY_DATE("限期改正"),
    /** Another decision (劝其退党、除名 …), written down. */
    DECISION("组织处置");

    private final String label;

    Handling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
