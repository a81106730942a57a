package cn.fuwukuaiche.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One year's official holiday arrangement, as an administrator enters it from the State Council notice.
 *
 * <p>Only the exceptions to the ordinary Monday–Friday week are stored: days off ({@code holidays}) and
 * weekend days that are worked instead (调休上班, {@code makeUpWorkdays}). Everything else follows the
 * weekday, so a schedule stays as short as the notice it is copied from.
 *
 * <p>Dates may lie in the schedule's year or an adjacent one, because a notice sometimes reaches over
 * the year end (the 2012 notice, for instance, made Saturday 2011-12-31 a make-up workday). A date's
 * status is still only trusted when the schedule of the date's own year is loaded too, see
 * {@link WorkCalendar}.
 *
 * @param year           the year of the notice
 * @param holidays       days off that would otherwise be (or are anyway) non-working, e.g. 2026-10-01..07
 * @param makeUpWorkdays Saturdays or Sundays that are working days (调休上班)
 * @param holidayNames   optional display name per holiday date (e.g. "春节"); keys must be holidays
 */
public record YearSchedule(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays,
                           Map<LocalDate, String> holidayNames) {

    public YearSchedule {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("年份不合理：" + year);
        }
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays");
        holidayNames = holidayNames == null ? Map.of() : holidayNames;
        TreeSet<LocalDate> h = new TreeSet<>();
        for (LocalDate d : holidays) {
            h.add(checkYear(year, Objects.requireNonNull(d, "节假日日期不能为空")));
        }
        TreeSet<LocalDate> m = new TreeSet<>();
        for (LocalDate d : makeUpWorkdays) {
            checkYear(year, Objects.requireNonNull(d, "调休上班日期不能为空"));
            // A weekday "make-up workday" changes nothing and is almost certainly a typo in the notice copy.
            if (!isWeekend(d)) {
                throw new IllegalArgumentException("调休上班日 " + d + " 不是周六或周日，请核对通知原文");
            }
            if (h.contains(d)) {
                throw new IllegalArgumentException(d + " 不能既是放假日又是调休上班日");
            }
            m.add(d);
        }
        TreeMap<LocalDate, String> names = new TreeMap<>();
        holidayNames.forEach((d, n) -> {
            if (!h.contains(d)) {
                throw new IllegalArgumentException("节日名称对应的日期 " + d + " 不是放假日");
            }
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("放假日 " + d + " 的节日名称不能为空");
            }
            names.put(d, n);
        });
        holidays = Collections.unmodifiableSortedSet(h);
        makeUpWorkdays = Collections.unmodifiableSortedSet(m);
        holidayNames = Collections.unmodifiableSortedMap(names);
    }

    /** A schedule without holiday names, for callers that only need the working-day arithmetic. */
    public YearSchedule(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this(year, holidays, makeUpWorkdays, Map.of());
    }

    /** Starts a schedule the way the notice reads: holiday blocks and their make-up days. */
    public static Builder builder(int year) {
        return new Builder(year);
    }

    static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    private static LocalDate checkYear(int year, LocalDate d) {
        if (Math.abs(d.getYear() - year) > 1) {
            throw new IllegalArgumentException(year + "年的节假日安排中出现了不相邻年份的日期：" + d);
        }
        return d;
    }

    /** Collects holiday blocks (inclusive ranges) and make-up days; validation happens in {@link #build()}. */
    public static final class Builder {
        private final int year;
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<LocalDate> makeUp = new TreeSet<>();
        private final SortedMap<LocalDate, String> names = new TreeMap<>();

        private Builder(int year) {
            this.year = year;
        }

        /** Adds the days off {@code from}..{@code to} (both inclusive) under one name, e.g. "国庆节". */
        public Builder holiday(String name, LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("放假区间结束日 " + to + " 早于开始日 " + from);
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                holidays.add(d);
                names.put(d, name);
            }
            return this;
        }

        /** Adds weekend days that are worked (调休上班). */
        public Builder makeUpWorkdays(LocalDate... days) {
            makeUp.addAll(java.util.Arrays.asList(days));
            return this;
        }

        public YearSchedule build() {
            return new YearSchedule(year, holidays, makeUp, names);
        }
    }
}
