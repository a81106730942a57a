package cn.fuwukuaiche.base.rating;

/**
 * The five levels of the national 好差评 scheme (国办发〔2019〕51号, GB/T 39734-2020), best first.
 */
public enum RatingLevel {
    VERY_SATISFIED("非常满意"),
    SATISFIED("满意"),
    BASIC("基本满意"),
    DISSATISFIED("不满意"),
    VERY_DISSATISFIED("非常不满意");

    private final String label;

    RatingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The two lowest levels are 差评: each one opens the call-back/fix loop and counts against the
     * satisfaction rate.
     */
    public boolean isBad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
