package cn.fuwukuaiche.partylife.meeting.entity;

/** 出席, 请假 (with a reason) or 缺席. */
public enum AttendanceStatus {
    PRESENT("出席"),
    EXCUSED("请假"),
    ABSENT("缺席");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
