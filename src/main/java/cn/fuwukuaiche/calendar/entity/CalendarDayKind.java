package cn.fuwukuaiche.calendar.entity;

/** What a stored calendar day is: a day off, or a weekend day that is worked (调休上班). */
public enum CalendarDayKind {
    HOLIDAY("放假"),
    MAKE_UP_WORKDAY("调休上班");

    private final String label;

    CalendarDayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
