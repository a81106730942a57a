package cn.fuwukuaiche.honour.entity;

/** 公示: open for objections; closed with the result published; withdrawn after an upheld objection. */
public enum NoticeStatus {
    OPEN("公示中"),
    CLOSED("公示期满"),
    WITHDRAWN("异议成立");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
