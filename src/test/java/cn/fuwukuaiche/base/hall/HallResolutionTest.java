package cn.fuwukuaiche.base.hall;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HallResolutionTest {

    /** Columns: forced hall, signed in, the account's hall, the page's hall → the transaction's hall ("none": no hall). */
    @ParameterizedTest(name = "forced {0}, signed in {1}, account {2}, page {3} → {4}")
    @CsvSource(nullValues = "null", value = {
            "7, true, 1, 2, 7",          // HallScope wins over everything (seeders, timers, a device's hall)
            "7, false, null, null, 7",
            "null, true, 1, 2, 1",       // a signed-in account works for its own hall, whatever the URL says
            "null, true, null, 2, 0",    // an account of no hall sees nothing hall-owned (NO_HALL), not the page's hall
            "null, true, null, null, 0",
            "null, false, null, 2, 2",   // anonymous: the page's hall (/h/{code}/ or the default hall)
            "null, false, null, null, none"}) // no hall at all (a thread with no request): none, EclipseLink refuses
    void decides_the_hall(Long forced, boolean signedIn, Long account, Long page, String expected) {
        Optional<Long> hall = HallResolution.decide(Optional.ofNullable(forced), signedIn, Optional.ofNullable(account),
                Optional.ofNullable(page));
        assertEquals(expected.equals("none") ? Optional.empty() : Optional.of(Long.parseLong(expected)), hall);
    }
}
