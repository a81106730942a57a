package cn.fuwukuaiche.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the stored calendar (one row per year, one row per exceptional day) into {@link YearSchedule}s and
 * back. Plain Java, so the provider's and the maintenance page's conversion is tested without a database.
 * A year row without any day is a real year (e.g. one whose notice has not moved any day): it is known.
 */
public final class CalendarRows {

    /** One stored day: {@code holiday} false means a make-up working day (调休上班). */
    public record Row(int year, LocalDate date, boolean holiday, String holidayName) {
    }

    private CalendarRows() {
    }

    /**
     * One schedule per year in {@code years}, built from the rows of that year.
     *
     * @throws IllegalArgumentException with a Chinese message if the rows break a rule of {@link YearSchedule}
     */
    public static List<YearSchedule> schedules(Collection<Integer> years, Collection<Row> rows) {
        Map<Integer, List<Row>> byYear = new TreeMap<>();
        for (int y : years) {
            byYear.put(y, new ArrayList<>());
        }
        for (Row r : rows) {
            List<Row> list = byYear.get(r.year());
            if (list == null) {
                throw new IllegalArgumentException(r.date() + " 属于未录入的年份 " + r.year());
            }
            list.add(r);
        }
        List<YearSchedule> result = new ArrayList<>();
        byYear.forEach((year, list) -> result.add(schedule(year, list)));
        return result;
    }

    public static YearSchedule schedule(int year, Collection<Row> rows) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        Map<LocalDate, String> names = new HashMap<>();
        for (Row r : rows) {
            if (r.holiday()) {
                holidays.add(r.date());
                if (r.holidayName() != null && !r.holidayName().isBlank()) {
                    names.put(r.date(), r.holidayName().strip());
                }
            } else {
                makeUp.add(r.date());
            }
        }
        return new YearSchedule(year, holidays, makeUp, names);
    }

    /** The rows that store a schedule (e.g. the built-in 2025 and 2026 ones). */
    public static List<Row> rows(YearSchedule s) {
        List<Row> rows = new ArrayList<>();
        for (LocalDate d : s.holidays()) {
            rows.add(new Row(s.year(), d, true, s.holidayNames().get(d)));
        }
        for (LocalDate d : s.makeUpWorkdays()) {
            rows.add(new Row(s.year(), d, false, null));
        }
        return rows;
    }
}
