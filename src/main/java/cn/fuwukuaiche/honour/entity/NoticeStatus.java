package cn.fuwukuaiche.honour.entity;

/**
 * 公示: open for objections; closed with the result published; withdrawn after an upheld objection; ended when the
 * award itself was revoked or ended by its owner without any objection (the public sees a withdrawn award in public
 * wording, never the internal note).
 */
public enum NoticeStatus {
    OPEN("公示中"),
    CLOSED("公示期满"),
    WITHDRAWN("异议成立"),
    ENDED("已撤回");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
