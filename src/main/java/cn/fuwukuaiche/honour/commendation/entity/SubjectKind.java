package cn.fuwukuaiche.honour.commendation.entity;

/** Who is commended: a person or a window. */
public enum SubjectKind {
    PERSON("先进个人"), WINDOW("先进窗口");

    private final String title;

    SubjectKind(String title) {
        this.title = title;
    }

    /** The default honour title: 先进个人 / 先进窗口. */
    public String title() {
        return title;
    }
}
