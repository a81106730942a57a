package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryNumbersTest {

    @ParameterizedTest(name = "?{0} → year {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "year=2026        | 2026",
            "year=%202026%20  | 2026",
            "year=2o26        | none",
            "year=            | none",
            "branch=3         | none",
            "year=99999999999 | none",
            "year=2025&year=2026 | 2025",
    })
    void a_year_in_the_address_is_read_or_ignored(String query, Integer expected) {
        assertEquals(Optional.ofNullable(expected), QueryNumbers.integer(QueryParameters.fromString(query), "year"));
    }

    @ParameterizedTest(name = "?{0} → id {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "staff=42          | 42",
            "staff=-1          | -1",
            "staff=abc         | none",
            "staff=99999999999 | 99999999999",
            "                  | none",
    })
    void an_id_in_the_address_is_read_or_ignored(String query, Long expected) {
        assertEquals(Optional.ofNullable(expected), QueryNumbers.number(QueryParameters.fromString(query == null ? "" : query), "staff"));
    }
}
