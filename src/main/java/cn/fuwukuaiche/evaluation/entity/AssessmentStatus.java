package cn.fuwukuaiche.evaluation.entity;

/**
 * Where a monthly sheet is in its flow: staff fill it in (DRAFT) and submit it, the branch secretary approves
 * it or returns it with a reason the staff can see, the leader confirms the month, which locks it.
 */
public enum AssessmentStatus {
    DRAFT("填报中"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    APPROVED("已审核待确认"),
    CONFIRMED("已确认");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
