package cn.fuwukuaiche.honour.entity;

/** 行业标兵: put to 公示, confirmed when the notice ends without an upheld objection, or withdrawn. */
public enum ExemplarStatus {
    IN_NOTICE("公示中"),
    CONFIRMED("已确认"),
    WITHDRAWN("已撤回");

    private final String label;

    ExemplarStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
