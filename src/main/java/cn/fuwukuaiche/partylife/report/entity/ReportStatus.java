package cn.fuwukuaiche.partylife.report.entity;

/** A year's report is OPEN while the branches fill it, CONFIRMED (locked) once the leader confirms it. */
public enum ReportStatus {
    OPEN("填报中"), CONFIRMED("已确认");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
