package cn.fuwukuaiche.base.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A timer that fires while the migrations still run (the first minute of a start) claims nothing and touches nothing. */
class TimerTicksTest {

    @Test
    void a_tick_before_the_schema_is_migrated_is_not_claimed_and_reads_no_table() {
        TimerTicks ticks = new TimerTicks(); // no entity manager: a claim that reached the table would fail here
        assertFalse(ticks.claim("evaluation.rating-tally", LocalDateTime.of(2026, 12, 7, 3, 0)));
        assertFalse(TimerTicks.recentClaims().containsKey("evaluation.rating-tally"), "nothing remembered as won or lost");
    }
}
