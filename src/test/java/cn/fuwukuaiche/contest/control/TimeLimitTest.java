package cn.fuwukuaiche.contest.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeLimitTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 26, 9, 0);

    @ParameterizedTest(name = "limit {0} min, closes {1} → deadline {2}")
    @CsvSource({"30, 2026-11-26T18:00, 2026-11-26T09:30", "30, 2026-11-26T09:10, 2026-11-26T09:10"})
    void the_deadline_is_start_plus_limit_but_never_after_the_contest_closes(int limit, String closes, String deadline) {
        assertEquals(LocalDateTime.parse(deadline), TimeLimit.deadline(START, limit, LocalDateTime.parse(closes)));
    }

    @ParameterizedTest(name = "{0} s after the deadline → accepted {1}")
    @CsvSource({"-60, true", "0, true", "5, true", "6, false", "600, false"})
    void a_save_or_submission_after_the_deadline_and_grace_is_refused(int secondsAfter, boolean accepted) {
        LocalDateTime deadline = START.plusMinutes(30);
        assertEquals(accepted, TimeLimit.accepts(deadline, deadline.plusSeconds(secondsAfter)));
    }
}
