package cn.fuwukuaiche.network.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many guide items were in the catalogue at the end of each month: the clean-ups (清理) that cut the
 * approval items show as steps down. Plain Java.
 */
public final class CatalogueHistory {

    private CatalogueHistory() {
    }

    /** An item's life in the catalogue: from {@code effectiveFrom}, until {@code withdrawnOn} (exclusive) if set. */
    public record Span(LocalDate effectiveFrom, LocalDate withdrawnOn) {
        boolean covers(LocalDate day) {
            return !effectiveFrom.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
        }
    }

    public record Point(YearMonth month, int items) {
    }

    /** One point per month from {@code from} to {@code to} (both inclusive), counted on the month's last day. */
    public static List<Point> monthly(Collection<Span> items, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("结束月份早于开始月份");
        }
        List<Point> points = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            int n = (int) items.stream().filter(s -> s.covers(end)).count();
            points.add(new Point(m, n));
        }
        return points;
    }
}
