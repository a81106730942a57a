package cn.fuwukuaiche.base.hall;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HallAddressTest {

    @ParameterizedTest(name = "hall {0} (default {1}, code {2}) → {3}")
    @CsvSource(nullValues = "NONE", delimiter = '|', value = {
            // the default hall keeps the old single-hall addresses
            "1    | 1 | qingshan | /pad/K1",
            // a second hall's staff hand out the address below its code
            "2    | 1 | baishui  | /h/baishui/pad/K1",
            // no hall (nothing to prefix) or no code known: the plain address
            "NONE | 1 | NONE     | /pad/K1",
            "3    | 1 | NONE     | /pad/K1",
    })
    void a_public_address_names_the_hall_unless_it_is_the_default_one(Long hall, Long defaultHall, String code, String expected) {
        assertEquals(expected, HallAddress.of(Optional.ofNullable(hall), Optional.ofNullable(defaultHall), Optional.ofNullable(code), "pad/K1"));
    }
}
