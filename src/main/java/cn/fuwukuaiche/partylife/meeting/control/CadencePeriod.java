package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.partylife.meeting.entity.Cadence;

import java.time.LocalDate;

/** One period a kind is due in: from {@code start} to {@code end}, both inclusive, under {@code cadence}. */
public record CadencePeriod(Cadence cadence, LocalDate start, LocalDate end) {

    /** The period of {@code cadence} (aligned to the calendar year) that holds {@code day}. */
    public static CadencePeriod containing(Cadence cadence, LocalDate day) {
        int months = cadence.months();
        if (months == 0) {
            throw new IllegalArgumentException("no periods for " + cadence);
        }
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new CadencePeriod(cadence, start, start.plusMonths(months).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** "2026年3月", "2026年1–2月", "2026年第二季度", "2026年上半年", "2026年". */
    public String label() {
        int y = start.getYear();
        int m = start.getMonthValue();
        return switch (cadence) {
            case MONTH -> y + "年" + m + "月";
            case TWO_MONTHS -> y + "年" + m + "–" + (m + 1) + "月";
            case QUARTER -> y + "年第" + "一二三四".charAt((m - 1) / 3) + "季度";
            case HALF_YEAR -> y + "年" + (m == 1 ? "上" : "下") + "半年";
            case YEAR -> y + "年";
            case NONE -> "";
        };
    }

    /** Short label for a matrix column: "3月", "1–2月", "Q2", "上半年", "全年". */
    public String shortLabel() {
        int m = start.getMonthValue();
        return switch (cadence) {
            case MONTH -> m + "月";
            case TWO_MONTHS -> m + "–" + (m + 1) + "月";
            case QUARTER -> "Q" + ((m - 1) / 3 + 1);
            case HALF_YEAR -> m == 1 ? "上半年" : "下半年";
            case YEAR -> "全年";
            case NONE -> "";
        };
    }
}
