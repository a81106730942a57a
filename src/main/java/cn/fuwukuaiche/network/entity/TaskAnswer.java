package cn.fuwukuaiche.network.entity;

/** A related window's answer in a parallel approval; DEEMED_AGREE is recorded by the system, never chosen. */
public enum TaskAnswer {
    AGREE("同意"),
    REJECT("不同意"),
    NEED_MATERIALS("需补正材料"),
    DEEMED_AGREE("视为同意");

    private final String label;

    TaskAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the answer settles the window's part (补正 does not: the window answers again later). */
    public boolean isFinal() {
        return this != NEED_MATERIALS;
    }

    public boolean agrees() {
        return this == AGREE || this == DEEMED_AGREE;
    }
}
