package cn.fuwukuaiche.display.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PushThrottleTest {

    /**
     * Steps on one throttle with a 500 ms window: "r@t" a rating committed at t (expect the delay, -1 = already
     * scheduled), "p@t" the scheduled push starting at t.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a first rating is pushed at once                       | r@1000=0",
            "a rating after a quiet spell is pushed at once         | r@1000=0 p@1000 r@5000=0",
            "a second rating while the push is pending rides on it  | r@1000=0 r@1001=-1",
            "a rating just after a push waits for the window's end  | r@1000=0 p@1000 r@1100=400",
            "a burst makes one push per window                      | r@1000=0 p@1000 r@1100=400 r@1200=-1 r@1499=-1 p@1500 r@1501=499",
            "exactly one window later is at once                    | r@1000=0 p@1000 r@1500=0",
            "a late push starts its own window                      | r@1000=0 p@1000 r@1100=400 p@1700 r@1800=400",
    })
    void pushes_at_once_after_quiet_and_once_a_window_under_a_burst(String what, String steps) {
        PushThrottle t = new PushThrottle(500);
        for (String step : steps.trim().split(" +")) {
            if (step.startsWith("p@")) {
                t.pushing(Long.parseLong(step.substring(2)));
            } else {
                String[] r = step.substring(2).split("=");
                assertEquals(Long.parseLong(r[1]), t.recorded(Long.parseLong(r[0])), what + ": " + step);
            }
        }
    }
}
