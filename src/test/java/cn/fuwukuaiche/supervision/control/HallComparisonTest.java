package cn.fuwukuaiche.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.fuwukuaiche.base.hall.HallContests;
import cn.fuwukuaiche.base.hall.HallFlags;
import cn.fuwukuaiche.base.hall.HallNetwork;
import cn.fuwukuaiche.base.hall.HallRatings;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HallComparisonTest {

    static final YearMonth MONTH = YearMonth.of(2026, 11);

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "0, 0, null",          // no ratings: no rate, never 0 %
            "0, 10, 0.0",
            "10, 10, 100.0",
            "1, 3, 33.3",
            "2, 3, 66.7",          // half up
            "1, 8, 12.5",
            "1, 16, 6.3",          // 6.25 → 6.3
            "959, 1000, 95.9"})
    void percent(int part, int whole, BigDecimal expected) {
        BigDecimal p = HallComparison.percent(part, whole);
        if (expected == null) {
            assertNull(p);
        } else {
            assertEquals(0, expected.compareTo(p), () -> "was " + p);
        }
    }

    /**
     * Each row: the month's ratings and 差评 per hall ("code:ratings/bad", "-" for no ratings that month) → the places
     * in the order of the result ("code=place", "t" when tied, 0 for no place).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "a:100/5 b:100/2 c:100/9         | b=1 a=2 c=3",
            "a:100/5 b:200/10 c:100/1        | c=1 a=2t b=2t",     // 95 % and 95 %: a shared second place
            "a:10/1 b:10/1 c:10/1            | a=1t b=1t c=1t",
            "a:50/0 b:40/0 c:20/1            | a=1t b=1t c=3",     // after a shared first comes third
            "a:- b:30/3 c:10/0               | c=1 b=2 a=0",       // a month without ratings: no place, last
            "a:- b:- c:-                     | a=0 b=0 c=0",
            "a:3/3 b:- c:1/0                 | c=1 a=2 b=0"})      // 0 % is a place, no ratings is none
    void ranking(String input, String expected) {
        List<HallComparison.HallInfo> halls = new ArrayList<>();
        List<HallRatings.MonthTally> tallies = new ArrayList<>();
        long id = 1;
        for (String h : input.trim().split("\\s+")) {
            String[] p = h.split(":");
            HallComparison.HallInfo info = new HallComparison.HallInfo(id++, p[0], p[0] + "中心");
            halls.add(info);
            if (!p[1].equals("-")) {
                String[] rb = p[1].split("/");
                tallies.add(new HallRatings.MonthTally(info.id(), MONTH, Integer.parseInt(rb[0]), Integer.parseInt(rb[1])));
            }
        }
        HallComparison.Result r = HallComparison.compare(halls, MONTH, 3, tallies, Map.of(), Map.of(), Map.of(), Map.of());
        String actual = r.rows().stream().map(row -> row.hall().code() + "=" + row.rank() + (row.tied() ? "t" : ""))
                .collect(Collectors.joining(" "));
        assertEquals(expected.trim(), actual);
    }

    @Test
    void ratesTrendAndOtherFiguresPerHall() {
        HallComparison.HallInfo a = new HallComparison.HallInfo(1, "a", "甲");
        HallComparison.HallInfo b = new HallComparison.HallInfo(2, "b", "乙");
        List<HallRatings.MonthTally> tallies = List.of(
                new HallRatings.MonthTally(1, MONTH, 40, 2),
                new HallRatings.MonthTally(1, MONTH.minusMonths(2), 10, 5),
                new HallRatings.MonthTally(2, MONTH.minusMonths(1), 4, 0),
                // a second tally of the same hall and month adds up
                new HallRatings.MonthTally(1, MONTH, 10, 3));
        HallFlags.FlagHolder flag = new HallFlags.FlagHolder(2, MONTH.minusMonths(1), 7, "B01 税务");
        HallComparison.Result r = HallComparison.compare(List.of(a, b), MONTH, 3, tallies, Map.of(2L, flag), Map.of(1L, 3),
                Map.of(1L, new HallNetwork.Cases(10, 6, 2, 1)), Map.of(2L, new HallContests.Prizes(1, 0, 2, 0)));
        assertEquals(List.of(MONTH.minusMonths(2), MONTH.minusMonths(1), MONTH), r.months());
        HallComparison.Row ra = r.rows().get(0);
        assertEquals("a", ra.hall().code());
        assertEquals(1, ra.rank());
        assertEquals(50, ra.ratings());
        assertEquals(5, ra.bad());
        assertEquals(new BigDecimal("90.0"), ra.satisfactionPercent());
        assertEquals(new BigDecimal("10.0"), ra.badPercent());
        assertEquals(3, ra.stars());
        assertEquals(9, ra.cases().handled());
        assertEquals(new BigDecimal("66.7"), ra.villagePercent());
        assertNull(ra.flag());
        assertEquals(0, ra.prizes().total());
        HallComparison.Row rb = r.rows().get(1);
        assertEquals(0, rb.rank(), "no ratings this month: no place, even with ratings last month");
        assertNull(rb.satisfactionPercent());
        assertNull(rb.badPercent());
        assertNull(rb.villagePercent(), "no cases handled: no share");
        assertEquals(flag, rb.flag());
        assertEquals(3, rb.prizes().total());
        assertEquals(Arrays.asList(new BigDecimal("50.0"), null, new BigDecimal("90.0")), r.trends().get(0).percents());
        assertEquals(Arrays.asList(null, new BigDecimal("100.0"), null), r.trends().get(1).percents());
    }
}
