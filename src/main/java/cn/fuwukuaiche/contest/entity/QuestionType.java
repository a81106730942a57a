package cn.fuwukuaiche.contest.entity;

/** 单选 / 多选 / 判断. A true/false key is "T" or "F"; choice keys are option letters, e.g. "AC". */
public enum QuestionType {
    SINGLE("单选题"), MULTIPLE("多选题"), TRUE_FALSE("判断题");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static QuestionType ofLabel(String s) {
        for (QuestionType t : values()) {
            if (t.label.equals(s) || t.label.substring(0, 2).equals(s) || t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        return null;
    }
}
