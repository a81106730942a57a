package cn.fuwukuaiche.calendar;

/**
 * Thrown when a working-day computation needs a year for which no holiday schedule has been entered.
 *
 * <p>The State Council publishes each year's holidays and make-up workdays only around November of the
 * year before. Guessing (e.g. "weekends only") would silently produce wrong deadlines around 春节 and
 * 国庆, so the calendar refuses and tells the administrator what to maintain. The message is meant to be
 * shown to users as is.
 */
public final class UnknownYearException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public UnknownYearException(int year) {
        super("尚未录入" + year + "年的节假日安排，请管理员先维护工作日历");
        this.year = year;
    }

    /** The year whose schedule is missing, so a caller can e.g. link to the calendar maintenance page. */
    public int year() {
        return year;
    }
}
