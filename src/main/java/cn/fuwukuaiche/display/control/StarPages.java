package cn.fuwukuaiche.display.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 五星 panel in pages: one column per star (in the feed's order), each column's holders cut into pages of at most
 * {@code perPage}, so a few hundred holders are all shown, page after page, instead of being clipped. The screen turns
 * each column's pages by the clock ({@link #pageAt}), so two screens show the same page at the same moment.
 */
public final class StarPages {

    /** Seconds each page of the star panel stays up. */
    public static final int PAGE_SECONDS = 5;

    private StarPages() {
    }

    /** One star's column: its name, its period, and its holders in pages (never empty). */
    public record Column(String star, String period, List<List<DisplayFeed.Star>> pages) {
        public int holders() {
            return pages.stream().mapToInt(List::size).sum();
        }
    }

    public static List<Column> columns(List<DisplayFeed.Star> stars, int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage " + perPage);
        }
        Map<String, List<DisplayFeed.Star>> byStar = new LinkedHashMap<>();
        stars.forEach(s -> byStar.computeIfAbsent(s.star(), k -> new ArrayList<>()).add(s));
        List<Column> out = new ArrayList<>();
        byStar.forEach((star, holders) -> {
            List<List<DisplayFeed.Star>> pages = new ArrayList<>();
            for (int i = 0; i < holders.size(); i += perPage) {
                pages.add(List.copyOf(holders.subList(i, Math.min(holders.size(), i + perPage))));
            }
            out.add(new Column(star, holders.get(0).period(), List.copyOf(pages)));
        });
        return List.copyOf(out);
    }

    /** The page (0-based) a column of {@code pageCount} pages shows at {@code epochMillis}. */
    public static int pageAt(long epochMillis, int pageCount) {
        if (pageCount <= 1) {
            return 0;
        }
        return (int) Math.floorMod(epochMillis / 1000 / PAGE_SECONDS, (long) pageCount);
    }
}
