package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.contest.entity.ContestStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContestStepsTest {

    @ParameterizedTest(name = "{0}: editable {1}, judgeable {2}, next {3}")
    @CsvSource({
            "DRAFT,     true,  false, OPEN",
            "OPEN,      true,  true,  CLOSED",
            "CLOSED,    false, true,  PUBLISHED",
            "PUBLISHED, false, false, -",
    })
    void what_each_status_allows(ContestStatus status, boolean editable, boolean judgeable, String next) {
        assertEquals(editable, ContestSteps.editable(status));
        assertEquals(judgeable, ContestSteps.judgeable(status));
        assertEquals(next, ContestSteps.next(status).map(Enum::name).orElse("-"));
    }
}
