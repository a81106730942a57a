package cn.fuwukuaiche.contest.control;

import java.time.LocalDate;

/** "2026Q4" labels and their first and last days. */
public final class Quarters {

    private Quarters() {
    }

    public static String label(LocalDate d) {
        return d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    public static String chinese(String label) {
        return label.substring(0, 4) + "年第" + "一二三四".charAt(label.charAt(5) - '1') + "季度";
    }

    public static LocalDate first(LocalDate d) {
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    public static LocalDate last(LocalDate d) {
        return first(d).plusMonths(3).minusDays(1);
    }
}
