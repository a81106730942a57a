package cn.fuwukuaiche.partylife.appraisal.entity;

/** Where a branch's 民主评议 stands. */
public enum AppraisalStatus {
    /** 评议中: self-reviews are written and members vote. */
    OPEN("评议中"),
    /** 投票结束: the committee decides the grades with the tallies beside them. */
    CLOSED("投票结束，待支委会评定"),
    /** 已评定: grades decided, waiting for 公示. */
    DECIDED("已评定，待公示"),
    /** 已公示. */
    NOTICED("已公示");

    private final String label;

    AppraisalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
