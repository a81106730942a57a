package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.ranking.CompetitionRanking;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.ranking.TieBreaker;
import cn.fuwukuaiche.contest.entity.Prize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrizesTest {

    @ParameterizedTest(name = "scores {0}, prizes 1/1/1/1 → places {1}, prizes {2}")
    @CsvSource(delimiter = '|', textBlock = """
            90 80 70 60 50    | 1 2 3 4 5 | FIRST SECOND THIRD MERIT -
            90 90 70 60 50    | 1 1 3 4 5 | FIRST FIRST THIRD MERIT -
            90 80 80 80 50    | 1 2 2 2 5 | FIRST SECOND SECOND SECOND -
            100 100 100 100 0 | 1 1 1 1 5 | FIRST FIRST FIRST FIRST -
            80 0              | 1 2       | FIRST -
            """)
    void ties_share_a_place_and_its_prize(String scores, String places, String prizes) {
        List<Integer> items = Arrays.stream(scores.split(" ")).map(Integer::valueOf).toList();
        List<Ranked<Integer>> ranking = CompetitionRanking.rank(items, List.of(TieBreaker.higherFirst("成绩", i -> i)));
        assertEquals(places, String.join(" ", ranking.stream().map(r -> String.valueOf(r.rank())).toList()));
        List<Prize> won = Prizes.assign(ranking, i -> i == 0, 1, 1, 1, 1);
        assertEquals(prizes, String.join(" ", won.stream().map(p -> p == null ? "-" : p.name()).toList()));
    }

    @Test
    void one_who_did_not_take_part_has_no_place_and_no_prize_even_with_prizes_to_spare() {
        // -1: did not take part
        List<Ranked<Integer>> ranking = CompetitionRanking.rankParticipants(List.of(40, -1, -1), i -> i >= 0,
                List.of(TieBreaker.higherFirst("成绩", i -> i)));
        assertEquals("1 0 0", String.join(" ", ranking.stream().map(r -> String.valueOf(r.rank())).toList()));
        List<Prize> won = Prizes.assign(ranking, i -> i == 0, 1, 1, 1, 1);
        assertEquals(java.util.Arrays.asList(Prize.FIRST, null, null), won);
    }

    @Test
    void no_prize_counts_mean_no_prizes() {
        assertEquals(null, Prizes.forPlace(1, 0, 0, 0, 0));
    }
}
