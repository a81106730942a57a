package cn.fuwukuaiche.base.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public objections' limit (5 per client address in any hour) and the limiter's general rules. */
class SlidingWindowLimiterTest {

    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-05T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @ParameterizedTest(name = "{0} objections {1} min apart, one more {2} min after the last: allowed={3}, wait {4} s")
    @CsvSource({
            // count, gap (min), then (min), allowed, wait in seconds if refused
            "4, 1,  0, true,     0",
            "5, 1,  0, false, 3360",   // the first was 4 min ago: it leaves the hour in 56 min
            "5, 1, 55, false,   60",
            "5, 1, 56, true,     0",   // exactly an hour after the first: it no longer counts
            "5, 0,  0, false, 3600",   // five at once (no minimum interval for objections)
            "5, 0, 59, false,   60",
            "5, 0, 60, true,     0",
            "5, 10, 0, false, 1200",   // 0, 10, 20, 30, 40: the first leaves at 60
            "5, 20, 0, true,     0"})  // 0, 20, 40, 60 (the first has left), 80: only four in the last hour
    void at_most_five_objections_per_address_in_any_hour(int count, int gapMinutes, int thenMinutes, boolean allowed,
                                                          long waitSeconds) {
        ManualClock clock = new ManualClock();
        SlidingWindowLimiter cut = new SlidingWindowLimiter(Duration.ofHours(1), 5, Duration.ZERO, clock, 100);
        int accepted = 0;
        for (int i = 0; i < count; i++) {
            if (cut.tryAcquire("203.0.113.7").isEmpty()) {
                accepted++;
            }
            if (i < count - 1) {
                clock.advance(Duration.ofMinutes(gapMinutes));
            }
        }
        assertEquals(count, accepted, "all of the first objections were accepted");
        clock.advance(Duration.ofMinutes(thenMinutes));
        Optional<Duration> wait = cut.tryAcquire("203.0.113.7");
        assertEquals(allowed, wait.isEmpty(), String.valueOf(wait));
        if (!allowed) {
            assertEquals(waitSeconds, wait.get().getSeconds());
        }
    }

    @Test
    void each_address_has_its_own_allowance_and_refusals_do_not_count() {
        ManualClock clock = new ManualClock();
        SlidingWindowLimiter cut = new SlidingWindowLimiter(Duration.ofHours(1), 2, Duration.ZERO, clock, 100);
        assertTrue(cut.tryAcquire("a").isEmpty());
        assertTrue(cut.tryAcquire("a").isEmpty());
        for (int i = 0; i < 10; i++) {
            assertTrue(cut.tryAcquire("a").isPresent());
        }
        assertTrue(cut.tryAcquire("b").isEmpty(), "another address is not held up");
        clock.advance(Duration.ofHours(1));
        assertTrue(cut.tryAcquire("a").isEmpty(), "the refused attempts did not lengthen the wait");
    }

    @Test
    void a_missing_address_is_one_shared_key_and_memory_stays_bounded() {
        ManualClock clock = new ManualClock();
        SlidingWindowLimiter cut = new SlidingWindowLimiter(Duration.ofHours(1), 1, Duration.ZERO, clock, 50);
        assertTrue(cut.tryAcquire(null).isEmpty());
        assertTrue(cut.tryAcquire(" ").isPresent());
        for (int i = 0; i < 500; i++) {
            cut.tryAcquire("10.0.0." + i);
        }
        assertEquals(50, cut.trackedKeys());
    }

    @Test
    void nonsense_settings_are_refused() {
        Clock c = new ManualClock();
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowLimiter(Duration.ZERO, 5, Duration.ZERO, c, 10));
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowLimiter(Duration.ofHours(1), 0, Duration.ZERO, c, 10));
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowLimiter(Duration.ofHours(1), 5, Duration.ofSeconds(-1), c, 10));
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowLimiter(Duration.ofHours(1), 5, Duration.ZERO, c, 0));
    }
}
