package cn.fuwukuaiche.network.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LookupRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-26T02:00:00Z");

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

    @Test
    void five_attempts_in_ten_minutes_then_refused_until_the_oldest_leaves_the_window() {
        TestClock clock = new TestClock();
        LookupRateLimiter cut = new LookupRateLimiter(5, Duration.ofMinutes(10), clock, 1000);
        for (int i = 0; i < 5; i++) {
            assertTrue(cut.tryAcquire("10.0.0.1"), "attempt " + (i + 1));
            clock.advance(Duration.ofMinutes(1));
        }
        assertFalse(cut.tryAcquire("10.0.0.1"), "the sixth within ten minutes");
        assertEquals(Instant.parse("2026-11-26T02:10:00Z"), cut.retryAt("10.0.0.1"));

        assertTrue(cut.tryAcquire("10.0.0.2"), "another address has its own allowance");

        clock.advance(Duration.ofMinutes(5)); // 02:10: the 02:00 attempt is now outside the window
        assertTrue(cut.tryAcquire("10.0.0.1"));
        assertFalse(cut.tryAcquire("10.0.0.1"));
    }

    @Test
    void refused_attempts_do_not_extend_the_wait() {
        TestClock clock = new TestClock();
        LookupRateLimiter cut = new LookupRateLimiter(2, Duration.ofMinutes(1), clock, 1000);
        assertTrue(cut.tryAcquire("a"));
        assertTrue(cut.tryAcquire("a"));
        for (int i = 0; i < 10; i++) {
            assertFalse(cut.tryAcquire("a"));
        }
        clock.advance(Duration.ofMinutes(1).plusMillis(1));
        assertTrue(cut.tryAcquire("a"));
    }

    @Test
    void memory_stays_bounded_when_many_addresses_try() {
        TestClock clock = new TestClock();
        LookupRateLimiter cut = new LookupRateLimiter(3, Duration.ofMinutes(10), clock, 100);
        for (int i = 0; i < 1000; i++) {
            cut.tryAcquire("192.168.0." + i);
        }
        assertEquals(100, cut.trackedAddresses());
    }

    @Test
    void nonsense_settings_are_refused() {
        Clock c = new TestClock();
        assertThrows(IllegalArgumentException.class, () -> new LookupRateLimiter(0, Duration.ofMinutes(1), c, 10));
        assertThrows(IllegalArgumentException.class, () -> new LookupRateLimiter(1, Duration.ZERO, c, 10));
    }
}
