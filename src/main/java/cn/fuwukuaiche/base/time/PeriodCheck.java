package cn.fuwukuaiche.base.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Periods are respected: a list, report or award for a period (a month's flag, a month's or quarter's star, a
 * 七一 year, a contest) is decided only once the period is over. The one place that says whether a period has
 * ended and words the refusal; "today" comes from {@link Times}. A contest may still be ended early, but only
 * with a reason (see the contest service): the same test tells it that it is cutting the period short.
 */
public final class PeriodCheck {

    private PeriodCheck() {
    }

    /** A period whose last day is {@code lastDay} (inclusive) has ended when that day is before {@code today}. */
    public static boolean ended(LocalDate lastDay, LocalDate today) {
        return lastDay != null && lastDay.isBefore(today);
    }

    /** A period that closes at {@code closesAt} has ended at that instant. */
    public static boolean ended(LocalDateTime closesAt, LocalDateTime now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /**
     * Why {@code step} may not be taken yet for the period {@code label} ending on {@code lastDay}, or empty:
     * "2027年度尚未结束（2027年6月30日结束），不能批准表彰名单".
     */
    public static Optional<String> refusal(String label, LocalDate lastDay, LocalDate today, String step) {
        if (ended(lastDay, today)) {
            return Optional.empty();
        }
        return Optional.of(label + "尚未结束（" + Times.DATE_CN.format(lastDay) + "结束），不能" + step);
    }

    /** {@link #refusal} against today in the hall's time zone. */
    public static Optional<String> refusal(String label, LocalDate lastDay, String step) {
        return refusal(label, lastDay, Times.today(), step);
    }
}
