package cn.fuwukuaiche.calendar;

import java.time.LocalDate;

/**
 * The 2025 arrangement (国务院办公厅关于2025年部分节假日安排的通知, published 2024-11-12). Kept so
 * that cases and ratings from late 2025 still get correct deadlines across the 2025→2026 year end.
 * 国庆节 and 中秋节 were merged into one eight-day block that year.
 */
public final class ChinaHolidays2025 {

    private static final YearSchedule SCHEDULE = YearSchedule.builder(2025)
            .holiday("元旦", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))
            .holiday("春节", LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4))
            .makeUpWorkdays(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8))
            .holiday("清明节", LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6))
            .holiday("劳动节", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5))
            .makeUpWorkdays(LocalDate.of(2025, 4, 27))
            .holiday("端午节", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2))
            .holiday("国庆节、中秋节", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
            .makeUpWorkdays(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11))
            .build();

    private ChinaHolidays2025() {
    }

    public static YearSchedule schedule() {
        return SCHEDULE;
    }
}
