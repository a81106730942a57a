package cn.fuwukuaiche.evaluation.control.tally;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the timer may move the mark, and when it looks for the highest rating id again (margin 5 minutes, 100,000 ids). */
class RatingTallyRulesTest {

    private static final LocalDateTime SEEN_AT = LocalDateTime.of(2026, 10, 20, 10, 0);

    @ParameterizedTest(name = "tallied {0}, seen {1}, {2} s later: up to {3}, looks again {4}")
    @CsvSource({
            // tallied, seen, seconds since seen, up to, looks again
            "0,      0,      0,   0,      false", // a fresh database, just looked
            "0,      0,      300, 0,      true",  // nothing seen: look again once the margin passed
            "0,      500,    299, 0,      false", // seen, but younger than the margin: a late commit may still come below it
            "0,      500,    300, 500,    true",  // the margin passed: up to the seen id, and look again
            "400,    500,    600, 500,    true",
            "500,    500,    30,  500,    false", // caught up, the last look is recent
            "500,    500,    301, 500,    true",  // caught up, look again
            "0,      250000, 300, 100000, false", // a backlog: 100,000 ids a run, no new look until it is done
            "100000, 250000, 360, 200000, false",
            "200000, 250000, 420, 250000, true",
    })
    void the_mark_moves_only_to_an_id_seen_a_margin_ago(long tallied, long seen, long seconds, long upTo, boolean looksAgain) {
        RatingTally.Mark m = new RatingTally.Mark(tallied, seen, SEEN_AT);
        LocalDateTime now = SEEN_AT.plusSeconds(seconds);
        assertEquals(upTo, RatingTally.upTo(m, now));
        assertEquals(looksAgain, RatingTally.looksAgain(m, RatingTally.upTo(m, now), now));
    }
}
