package cn.fuwukuaiche.partylife.meeting.entity;

/** 已计划 until the secretary submits the record (出席 and 纪要); a submitted record is locked (corrections keep revisions). */
public enum MeetingStatus {
    PLANNED("已计划"),
    SUBMITTED("已提交");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
