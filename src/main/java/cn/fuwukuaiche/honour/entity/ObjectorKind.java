package cn.fuwukuaiche.honour.entity;

/** A real-name objection comes from a person (name + phone) or a unit (name + contact person + phone). */
public enum ObjectorKind {
    PERSON("个人"),
    UNIT("单位");

    private final String label;

    ObjectorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
