package cn.fuwukuaiche.honour.commendation.control;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A commendation year, named by the year of its 七一 meeting: with the default start of 1 July, year 2026 runs
 * from 2025-07-01 to 2026-06-30. The start is a setting (month and day).
 */
public record CommendationYear(int yearNo, LocalDate start, LocalDate end) {

    public static CommendationYear of(int yearNo, int startMonth, int startDay) {
        MonthDay md = MonthDay.of(startMonth, startDay);
        LocalDate start = md.atYear(yearNo - 1);
        if (startMonth == 1 && startDay == 1) {
            start = LocalDate.of(yearNo, 1, 1); // a calendar year is named by itself
        }
        return new CommendationYear(yearNo, start, start.plusYears(1).minusDays(1));
    }

    /** The latest year that has ended on or before {@code today}. */
    public static CommendationYear lastEnded(LocalDate today, int startMonth, int startDay) {
        CommendationYear y = of(today.getYear(), startMonth, startDay);
        while (!y.end().isBefore(today)) {
            y = of(y.yearNo() - 1, startMonth, startDay);
        }
        return y;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** "2026年度（2025年7月1日—2026年6月30日）" */
    public String label() {
        return yearNo + "年度（" + start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日—"
                + end.getYear() + "年" + end.getMonthValue() + "月" + end.getDayOfMonth() + "日）";
    }

    @Override
    public String toString() {
        return label();
    }
}
