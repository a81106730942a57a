package cn.fuwukuaiche.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working-day arithmetic for promised time limits (承诺时限), call-backs and fix deadlines (差评整改), 公示
 * periods and parallel-approval deadlines. All of these are stated in working days, and citizens notice
 * immediately when a deadline lands on a holiday or ignores a 调休 Saturday.
 *
 * <p>Immutable and thread-safe: build a new calendar when the administrator enters another year.
 *
 * <p>Every date a method receives or steps over must belong to a year whose {@link YearSchedule} is
 * loaded; otherwise {@link UnknownYearException} is thrown. This includes start dates whose own
 * working status does not matter for the result: a date in an unmaintained year usually means either a
 * typo or a calendar the administrator has not yet brought up to date, and both deserve a visible error
 * rather than a plausible-looking deadline.
 */
public final class WorkCalendar {

    /** Guards against runaway loops on absurd inputs (e.g. n = Integer.MAX_VALUE). */
    private static final int MAX_WORKING_DAYS = 3650;

    private final SortedSet<Integer> years;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Map<LocalDate, String> holidayNames;

    private WorkCalendar(Collection<YearSchedule> schedules) {
        Objects.requireNonNull(schedules, "schedules");
        SortedSet<Integer> y = new TreeSet<>();
        Set<LocalDate> h = new HashSet<>();
        Set<LocalDate> m = new HashSet<>();
        Map<LocalDate, String> n = new HashMap<>();
        for (YearSchedule s : schedules) {
            Objects.requireNonNull(s, "schedule");
            if (!y.add(s.year())) {
                throw new IllegalArgumentException(s.year() + "年的节假日安排录入了不止一份");
            }
            h.addAll(s.holidays());
            m.addAll(s.makeUpWorkdays());
            n.putAll(s.holidayNames());
        }
        for (LocalDate d : m) {
            if (h.contains(d)) {
                // Only possible when two adjacent-year notices disagree about a date near the year end.
                throw new IllegalArgumentException(d + " 在不同年份的安排中既是放假日又是调休上班日");
            }
        }
        this.years = Collections.unmodifiableSortedSet(y);
        this.holidays = Set.copyOf(h);
        this.makeUpWorkdays = Set.copyOf(m);
        this.holidayNames = Map.copyOf(n);
    }

    /** Builds a calendar from the schedules the administrator has entered (one per year, at most). */
    public static WorkCalendar of(Collection<YearSchedule> schedules) {
        return new WorkCalendar(schedules);
    }

    /** Convenience for tests and demo data. */
    public static WorkCalendar of(YearSchedule... schedules) {
        return new WorkCalendar(List.of(schedules));
    }

    /** Whether the administrator has entered this year, so a page can warn before anyone hits an error. */
    public boolean knowsYear(int year) {
        return years.contains(year);
    }

    /** The years entered, ascending; useful for the maintenance page. */
    public SortedSet<Integer> knownYears() {
        return years;
    }

    /**
     * A make-up workday (调休上班) wins over the weekend; otherwise holidays and weekends are off.
     *
     * @throws UnknownYearException if the date's year has no schedule
     */
    public boolean isWorkingDay(LocalDate date) {
        requireKnown(date);
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        return !holidays.contains(date) && !YearSchedule.isWeekend(date);
    }

    /**
     * The holiday's name (e.g. "春节") so a page can say why a day is off instead of just greying it.
     * Empty for ordinary days, weekends and unnamed holidays.
     *
     * @throws UnknownYearException if the date's year has no schedule
     */
    public Optional<String> holidayName(LocalDate date) {
        requireKnown(date);
        return Optional.ofNullable(holidayNames.get(date));
    }

    /**
     * The deadline that lies {@code n} working days after {@code start}.
     *
     * <p>For {@code n > 0} this is the n-th working day strictly after {@code start}: the day something
     * happens never counts, which is how "1个工作日内回访" is read (a bad rating on Friday must be called
     * back by the next working day, not the same Friday). Whether {@code start} itself is a working day is
     * irrelevant then.
     *
     * <p>For {@code n == 0} the result is {@code start} if that is a working day, else the next working
     * day. We chose this so that "0 days" means "the earliest day someone is at work", which is what a
     * same-day promise (即办件, 当场办结) needs when a case arrives on a holiday via the online channel.
     *
     * <p>Negative {@code n} is rejected: no rule in the hall counts backwards, and silently mirroring the
     * {@code n == 0} convention would be a guess.
     *
     * @throws UnknownYearException     if {@code start} or any day up to the result lies in an unknown year
     * @throws IllegalArgumentException if {@code n} is negative or absurdly large
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("工作日天数不能为负数：" + n);
        }
        if (n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("工作日天数过大：" + n);
        }
        requireKnown(start);
        if (n == 0) {
            LocalDate d = start;
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The number of working days in the half-open interval ({@code fromExclusive}, {@code toInclusive}].
     * With {@code from = today} and {@code to = deadline} this is "还剩几个工作日": 0 on the deadline day
     * itself, 1 on the last working day before it.
     *
     * <p>The count is antisymmetric: if {@code toInclusive} is before {@code fromExclusive} the result is
     * minus the count of ({@code toInclusive}, {@code fromExclusive}], so "overdue by 2 working days"
     * comes out as -2 and {@code between(a, b) == -between(b, a)} always holds. Equal dates give 0.
     *
     * @throws UnknownYearException if either end or any day in between lies in an unknown year
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        requireKnown(fromExclusive);
        requireKnown(toInclusive);
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void requireKnown(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!years.contains(date.getYear())) {
            throw new UnknownYearException(date.getYear());
        }
    }
}
