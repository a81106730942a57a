package cn.fuwukuaiche.partylife.report.entity;

/** A branch's part is a DRAFT until its secretary submits it. */
public enum PartStatus {
    DRAFT("草稿"), SUBMITTED("已提交");

    private final String label;

    PartStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
