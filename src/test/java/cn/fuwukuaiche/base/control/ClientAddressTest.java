package cn.fuwukuaiche.base.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** X-Forwarded-For is believed only as far as the operator says proxies stand in front. */
class ClientAddressTest {

    @ParameterizedTest(name = "remote {0}, X-Forwarded-For \"{1}\", {2} trusted proxies → {3}")
    @CsvSource(nullValues = "NULL", value = {
            "203.0.113.7, NULL,                                 0, 203.0.113.7",
            "203.0.113.7, 1.2.3.4,                              0, 203.0.113.7",   // no proxy configured: the header is ignored
            "10.0.0.2,    198.51.100.9,                         1, 198.51.100.9",  // one proxy: the address it saw
            "10.0.0.2,    '6.6.6.6, 198.51.100.9',              1, 198.51.100.9",  // a forged entry on the left is ignored
            "10.0.0.2,    '6.6.6.6, 198.51.100.9, 10.0.0.1',    2, 198.51.100.9",  // two proxies
            "10.0.0.2,    198.51.100.9,                         2, 198.51.100.9",  // fewer entries than proxies: the furthest known
            "10.0.0.2,    NULL,                                 1, 10.0.0.2",      // reached directly after all
            "10.0.0.2,    ' , ',                                1, 10.0.0.2",
            "NULL,        NULL,                                 0, ?",
            "' 203.0.113.7 ', NULL,                             0, 203.0.113.7"})
    void the_client_is_the_remote_address_unless_proxies_are_trusted(String remote, String forwardedFor, int proxies,
                                                                      String expected) {
        assertEquals(expected, ClientAddress.resolve(remote, forwardedFor, proxies));
    }
}
