package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.contest.entity.ContestStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContestStepsTest {

    @ParameterizedTest(name = "{0}: editable {1}, judgeable {2}, certified {3}, next {4}")
    @CsvSource({
            "DRAFT,     true,  false, false, OPEN",
            "OPEN,      true,  true,  false, CLOSED",
            "CLOSED,    false, true,  false, PUBLISHED",
            "PUBLISHED, false, false, true,  -",
    })
    void what_each_status_allows(ContestStatus status, boolean editable, boolean judgeable, boolean certified, String next) {
        assertEquals(editable, ContestSteps.editable(status));
        assertEquals(judgeable, ContestSteps.judgeable(status));
        assertEquals(certified, ContestSteps.certified(status));
        assertEquals(next, ContestSteps.next(status).map(Enum::name).orElse("-"));
    }
}
