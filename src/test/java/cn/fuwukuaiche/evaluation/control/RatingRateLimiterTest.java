package cn.fuwukuaiche.evaluation.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pad may rate at most once per 5 s and 60 times per sliding hour; a refusal says how long to wait. */
class RatingRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-26T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @ParameterizedTest(name = "second rating after {0} ms: allowed={1}, wait={2} s")
    @CsvSource({
            "0,     false, 5",
            "1000,  false, 4",
            "4001,  false, 1",
            "4999,  false, 1",
            "5000,  true,  0",
            "60000, true,  0"})
    void the_second_rating_of_a_key_must_wait_five_seconds(long afterMillis, boolean allowed, long waitSeconds) {
        ManualClock clock = new ManualClock();
        RatingRateLimiter cut = new RatingRateLimiter(Duration.ofSeconds(5), 60, clock, 100);
        assertTrue(cut.tryAcquire("pad-1").isEmpty());
        clock.advance(Duration.ofMillis(afterMillis));
        Optional<Duration> wait = cut.tryAcquire("pad-1");
        assertEquals(allowed, wait.isEmpty());
        if (!allowed) {
            assertEquals(waitSeconds, wait.get().getSeconds());
        }
    }

    @ParameterizedTest(name = "{0} ratings 10 s apart, then one more after {1} s: allowed={2}")
    @CsvSource({
            "60, 10,   false",
            "59, 10,   true",
            "60, 3010, true",
            "60, 3009, false"})
    void at_most_sixty_ratings_in_any_hour(int count, long thenSeconds, boolean allowed) {
        ManualClock clock = new ManualClock();
        RatingRateLimiter cut = new RatingRateLimiter(Duration.ofSeconds(5), 60, clock, 100);
        for (int i = 0; i < count; i++) {
            assertTrue(cut.tryAcquire("pad-1").isEmpty(), "rating " + (i + 1));
            if (i < count - 1) {
                clock.advance(Duration.ofSeconds(10));
            }
        }
        // the first of the count ratings was (count-1)*10 s ago; it leaves the hour 3600 s after it was made
        clock.advance(Duration.ofSeconds(thenSeconds));
        assertEquals(allowed, cut.tryAcquire("pad-1").isEmpty());
    }

    @Test
    void keys_are_limited_separately_and_a_refusal_is_not_counted() {
        ManualClock clock = new ManualClock();
        RatingRateLimiter cut = new RatingRateLimiter(Duration.ofSeconds(5), 60, clock, 100);
        assertTrue(cut.tryAcquire("pad-1").isEmpty());
        assertTrue(cut.tryAcquire("pad-2").isEmpty(), "another window's pad is not held up");
        assertTrue(cut.tryAcquire("pad-1").isPresent());
        clock.advance(Duration.ofSeconds(5));
        assertTrue(cut.tryAcquire("pad-1").isEmpty(), "the refused attempt did not restart the wait");
    }

    @Test
    void memory_is_bounded_by_forgetting_the_least_recent_key() {
        ManualClock clock = new ManualClock();
        RatingRateLimiter cut = new RatingRateLimiter(Duration.ofSeconds(5), 60, clock, 2);
        cut.tryAcquire("a");
        cut.tryAcquire("b");
        cut.tryAcquire("c");
        assertTrue(cut.tryAcquire("a").isEmpty(), "a was forgotten, so it may rate again");
    }
}
