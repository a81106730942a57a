package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.PeriodKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A star period: a calendar month or a calendar quarter, first and last day inclusive.
 *
 * @param key "2026-10" or "2026Q3" (for URLs)
 */
public record StarPeriod(PeriodKind kind, LocalDate start, LocalDate end) {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    public static StarPeriod containing(PeriodKind kind, LocalDate day) {
        if (kind == PeriodKind.MONTH) {
            YearMonth m = YearMonth.from(day);
            return new StarPeriod(kind, m.atDay(1), m.atEndOfMonth());
        }
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        YearMonth first = YearMonth.of(day.getYear(), firstMonth);
        return new StarPeriod(kind, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** The last period that has ended before {@code today}: what the leader judges now. */
    public static StarPeriod lastEnded(PeriodKind kind, LocalDate today) {
        return containing(kind, today).previous();
    }

    public static StarPeriod parse(String key) {
        if (key == null) {
            throw new IllegalArgumentException("期间为空");
        }
        if (key.contains("Q")) {
            String[] p = key.split("Q");
            int q = Integer.parseInt(p[1]);
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("季度应为 1–4：" + key);
            }
            return containing(PeriodKind.QUARTER, LocalDate.of(Integer.parseInt(p[0]), (q - 1) * 3 + 1, 1));
        }
        return containing(PeriodKind.MONTH, YearMonth.parse(key).atDay(1));
    }

    public StarPeriod previous() {
        return containing(kind, start.minusDays(1));
    }

    public StarPeriod next() {
        return containing(kind, end.plusDays(1));
    }

    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** 202610-style periods of the months, as the rating and assessment tables store them. */
    public List<Integer> periodYms() {
        return months().stream().map(m -> m.getYear() * 100 + m.getMonthValue()).toList();
    }

    public String key() {
        return kind == PeriodKind.MONTH ? YearMonth.from(start).toString()
                : start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    /** "2026年10月" or "2026年第三季度" */
    public String label() {
        return kind == PeriodKind.MONTH ? start.getYear() + "年" + start.getMonthValue() + "月"
                : start.getYear() + "年第" + QUARTERS[(start.getMonthValue() - 1) / 3] + "季度";
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    @Override
    public String toString() {
        return label();
    }
}
