package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.network.entity.CaseState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetworkTodoRulesTest {

    @ParameterizedTest(name = "{0} (deadline {1}, hand up by {2}) → {3} by {4}")
    @CsvSource(nullValues = "-", value = {
            "ENTRUSTED,   2026-12-20, -,          补齐材料后受理,           2026-12-20",
            "ACCEPTED,    2026-12-20, 2026-12-09, 上交上级网点（3 个工作日内）, 2026-12-09",
            "ACCEPTED,    2026-12-20, -,          办结,                   2026-12-20",
            "HANDLED,     2026-12-20, -,          送达申请人,              -",
            "REPORTED,    2026-12-20, -,          回访申请人,              -",
            "FOLLOWED_UP, 2026-12-20, -,          -,                      -",
    })
    void next_step_and_its_clock(CaseState state, LocalDate deadline, LocalDate handUpBy, String what, LocalDate due) {
        var next = NetworkTodoRules.next(state, deadline, handUpBy);
        assertEquals(what, next.map(NetworkTodoRules.Next::what).orElse(null));
        assertEquals(due, next.map(NetworkTodoRules.Next::deadline).orElse(null));
    }
}
