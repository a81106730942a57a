package cn.fuwukuaiche.evaluation.entity;

/** Which step a piece of evidence belongs to. */
public enum RectificationStep {
    CALLBACK("回访"),
    FIX("整改");

    private final String label;

    RectificationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
