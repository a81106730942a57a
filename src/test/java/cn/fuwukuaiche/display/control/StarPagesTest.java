package cn.fuwukuaiche.display.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StarPagesTest {

    private static List<DisplayFeed.Star> holders(String star, int n, String period) {
        List<DisplayFeed.Star> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new DisplayFeed.Star(star, star + "-" + i, "A" + i, period));
        }
        return out;
    }

    @Test
    void a_few_hundred_stars_are_all_on_some_page_none_clipped() {
        List<DisplayFeed.Star> all = new ArrayList<>();
        all.addAll(holders("和谐服务星", 61, "2026年10月"));
        all.addAll(holders("高效服务星", 58, "2026年11月"));
        all.addAll(holders("规范服务星", 57, "2026年10月"));
        all.addAll(holders("廉洁服务星", 59, "2026年10月"));
        all.addAll(holders("创新服务星", 55, "2026年第三季度"));
        List<StarPages.Column> cols = StarPages.columns(all, 8);
        assertEquals(5, cols.size(), "one column per star");
        assertEquals(List.of("和谐服务星", "高效服务星", "规范服务星", "廉洁服务星", "创新服务星"),
                cols.stream().map(StarPages.Column::star).toList(), "in the feed's order");
        assertEquals(290, cols.stream().mapToInt(StarPages.Column::holders).sum(), "every holder is shown");
        assertEquals(8, cols.get(0).pages().size(), "61 holders in pages of 8");
        assertEquals(5, cols.get(0).pages().get(7).size());
        assertEquals("2026年11月", cols.get(1).period(), "each star keeps its own latest period");
        List<DisplayFeed.Star> flat = cols.get(0).pages().stream().flatMap(List::stream).toList();
        assertEquals(all.subList(0, 61), flat, "in order, none twice");
        cols.forEach(c -> c.pages().forEach(p -> assertTrue(p.size() <= 8 && !p.isEmpty())));
    }

    @Test
    void no_stars_no_columns() {
        assertTrue(StarPages.columns(List.of(), 8).isEmpty());
    }

    @ParameterizedTest(name = "{0} ms, {1} pages → page {2}")
    @CsvSource({
            "0, 8, 0",
            "4999, 8, 0",
            "5000, 8, 1",
            "39999, 8, 7",
            "40000, 8, 0",
            "123456789, 1, 0",
            "123456789, 0, 0",
            "12000, 2, 0",
            "17000, 2, 1",
    })
    void the_page_follows_the_clock_so_screens_agree(long millis, int pages, int expected) {
        assertEquals(expected, StarPages.pageAt(millis, pages));
    }
}
