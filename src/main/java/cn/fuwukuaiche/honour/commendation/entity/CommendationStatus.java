package cn.fuwukuaiche.honour.commendation.entity;

/** A commendation list is prepared (DRAFT) until the leader approves it. */
public enum CommendationStatus {
    DRAFT("拟定中"), APPROVED("已批准");

    private final String label;

    CommendationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
