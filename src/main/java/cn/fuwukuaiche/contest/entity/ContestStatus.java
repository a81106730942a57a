package cn.fuwukuaiche.contest.entity;

/** draft → open → closed → results published; only forward. */
public enum ContestStatus {
    DRAFT("草稿"), OPEN("进行中"), CLOSED("已结束"), PUBLISHED("已公布成绩");

    private final String label;

    ContestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
