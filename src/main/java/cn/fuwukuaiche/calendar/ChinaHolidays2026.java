package cn.fuwukuaiche.calendar;

import java.time.LocalDate;

/**
 * The 2026 arrangement as published by the General Office of the State Council on 2025-11-04
 * (国务院办公厅关于2026年部分节假日安排的通知). Shipped as demo/default data so a fresh installation
 * computes correct deadlines; administrators still maintain later years themselves.
 */
public final class ChinaHolidays2026 {

    private static final YearSchedule SCHEDULE = YearSchedule.builder(2026)
            .holiday("元旦", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
            .makeUpWorkdays(LocalDate.of(2026, 1, 4))
            .holiday("春节", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))
            .makeUpWorkdays(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28))
            .holiday("清明节", LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6))
            .holiday("劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5))
            .makeUpWorkdays(LocalDate.of(2026, 5, 9))
            .holiday("端午节", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21))
            .holiday("中秋节", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27))
            .holiday("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
            .makeUpWorkdays(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10))
            .build();

    private ChinaHolidays2026() {
    }

    public static YearSchedule schedule() {
        return SCHEDULE;
    }
}
