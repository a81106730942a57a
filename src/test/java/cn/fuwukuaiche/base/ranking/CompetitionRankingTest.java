package cn.fuwukuaiche.base.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Windows written as "A12:95:98:1" = window:总分:满意率:差评数. Expected results are written the way the
 * published list reads: "window rank tied decidedBy", one per line, best first.
 */
class CompetitionRankingTest {

    record Window(String no, int total, int satisfaction, int bad) {
    }

    static final List<TieBreaker<Window>> ORDER = List.of(
            TieBreaker.higherFirst("总分", Window::total),
            TieBreaker.higherFirst("满意率", Window::satisfaction),
            TieBreaker.lowerFirst("差评数（少者优先）", Window::bad));

    static List<Window> parse(String windows) {
        if (windows.isBlank()) {
            return List.of();
        }
        return Arrays.stream(windows.trim().split("\\s+")).map(w -> {
            String[] p = w.split(":");
            return new Window(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
        }).toList();
    }

    static String render(List<Ranked<Window>> ranked) {
        return ranked.stream()
                .map(r -> r.item().no() + " " + r.rank() + " " + (r.tied() ? "并列" : "-") + " "
                          + (r.decidedBy() == null ? "-" : r.decidedBy()))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | input (window:总分:满意率:差评) | expected "window rank tied decidedBy"
            "1,2,2,4: equal on everything share 2nd, next is 4th"
            + " | A01:95:98:1 A02:90:97:2 A03:90:97:2 A04:80:99:0"
            + " | A01 1 - -; A02 2 并列 总分; A03 2 并列 -; A04 4 - 总分",
            "equal 总分, 满意率 decides"
            + " | A01:90:96:0 A02:90:98:3"
            + " | A02 1 - -; A01 2 - 满意率",
            "equal 总分 and 满意率, fewer 差评 wins"
            + " | A01:90:98:3 A02:90:98:1 A03:85:99:0"
            + " | A02 1 - -; A01 2 - 差评数（少者优先）; A03 3 - 总分",
            "three-way tie for first, next is 4th"
            + " | A01:90:98:1 A02:90:98:1 A03:90:98:1 A04:70:90:5"
            + " | A01 1 并列 -; A02 1 并列 -; A03 1 并列 -; A04 4 - 总分",
            "all equal, input order kept"
            + " | B03:88:95:2 A01:88:95:2 C07:88:95:2"
            + " | B03 1 并列 -; A01 1 并列 -; C07 1 并列 -",
            "single window"
            + " | A01:60:50:9"
            + " | A01 1 - -",
            "two tie groups"
            + " | A01:80:90:1 A02:80:90:1 A03:70:90:1 A04:70:90:1 A05:60:90:1"
            + " | A01 1 并列 -; A02 1 并列 -; A03 3 并列 总分; A04 3 并列 -; A05 5 - 总分",
    })
    void ranks_like_a_published_list(String caseName, String windows, String expected) {
        assertEquals(expected, render(CompetitionRanking.rank(parse(windows), ORDER)));
    }

    /** A window with 总分 -1 stands for one that did not take part. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "five absent with zero do not share 2nd with the one who took part"
            + " | A01:0:0:0 A02:-1:0:0 A03:-1:0:0 A04:40:90:0 A05:-1:0:0"
            + " | A04 1 - -; A01 2 - 总分; A02 0 - -; A03 0 - -; A05 0 - -",
            "nobody took part: nobody has a place"
            + " | A01:-1:0:0 A02:-1:0:0"
            + " | A01 0 - -; A02 0 - -",
            "everybody took part: the plain ranking"
            + " | A01:80:90:1 A02:80:90:1 A03:70:90:1"
            + " | A01 1 并列 -; A02 1 并列 -; A03 3 - 总分",
            "a tie among participants stays a tie; the absent stay apart"
            + " | A01:50:90:1 A02:-1:0:0 A03:50:90:1"
            + " | A01 1 并列 -; A03 1 并列 -; A02 0 - -",
    })
    void only_participants_are_ranked_the_others_have_no_place(String caseName, String windows, String expected) {
        List<Ranked<Window>> ranked = CompetitionRanking.rankParticipants(parse(windows), w -> w.total() >= 0, ORDER);
        assertEquals(expected, render(ranked));
        assertTrue(ranked.stream().filter(r -> r.item().total() < 0).noneMatch(Ranked::placed));
    }

    @Test
    void empty_list_gives_empty_ranking() {
        assertEquals(List.of(), CompetitionRanking.rank(List.<Window>of(), ORDER));
    }

    @Test
    void no_tie_breakers_means_everyone_shares_first() {
        assertEquals("A01 1 并列 -; A02 1 并列 -",
                render(CompetitionRanking.rank(parse("A01:1:1:1 A02:9:9:9"), List.of())));
    }

    @Test
    void input_is_not_modified_and_result_is_immutable() {
        List<Window> input = new ArrayList<>(parse("A01:10:1:1 A02:90:1:1"));
        List<Ranked<Window>> ranked = CompetitionRanking.rank(input, ORDER);
        assertEquals("A01", input.get(0).no());
        assertThrows(UnsupportedOperationException.class, () -> ranked.add(null));
    }

    @Test
    void same_input_same_output() {
        List<Window> input = parse("C07:88:95:2 A01:88:95:2 B03:90:95:2 D01:88:96:2");
        String first = render(CompetitionRanking.rank(input, ORDER));
        Stream.generate(() -> render(CompetitionRanking.rank(input, ORDER))).limit(5)
                .forEach(again -> assertEquals(first, again));
        assertEquals("B03 1 - -; D01 2 - 总分; C07 3 并列 满意率; A01 3 并列 -", first);
    }

    @Test
    void a_tie_breaker_needs_a_label() {
        assertThrows(IllegalArgumentException.class, () -> new TieBreaker<Window>(" ", (a, b) -> 0));
    }
}
