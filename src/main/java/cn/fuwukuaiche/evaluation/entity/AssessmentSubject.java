package cn.fuwukuaiche.evaluation.entity;

/**
 * What a monthly sheet assesses: a window (for the ranking and the red flag) or a person (for the stars).
 * Each has its own scoring scheme.
 */
public enum AssessmentSubject {
    WINDOW("窗口", "W"),
    STAFF("个人", "S");

    private final String label;
    private final String prefix;

    AssessmentSubject(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    /** The sheet's unique key within a month: "W12" for window 12, "S345" for staff member 345. */
    public String key(long windowId, Long staffId) {
        if (this == STAFF) {
            if (staffId == null) {
                throw new IllegalArgumentException("个人考评须指明工作人员");
            }
            return prefix + staffId;
        }
        return prefix + windowId;
    }
}
