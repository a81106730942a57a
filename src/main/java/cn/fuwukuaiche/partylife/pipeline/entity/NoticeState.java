package cn.fuwukuaiche.partylife.pipeline.entity;

/** The 公示 of a 发展对象: none yet, running, ended without an upheld objection, or stopped by one. */
public enum NoticeState {
    NONE("未公示"),
    OPEN("公示中"),
    CONFIRMED("公示期满，予以确认"),
    STOPPED("异议成立，已中止");

    private final String label;

    NoticeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
