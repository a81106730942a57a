package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.NodeLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseFlowTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "ENTRUSTED, ACCEPT,    ACCEPTED",
            "ACCEPTED,  HAND_UP,   ACCEPTED",
            "ACCEPTED,  HANDLE,    HANDLED",
            "HANDLED,   RETURN,    HANDLED",
            "HANDLED,   DELIVER,   DELIVERED",
            "DELIVERED, ARCHIVE,   ARCHIVED",
            "ARCHIVED,  REPORT,    REPORTED",
            "REPORTED,  FOLLOW_UP, FOLLOWED_UP",
    })
    void the_seven_steps_in_order(CaseState from, CaseStep step, CaseState to) {
        assertEquals(to, CaseFlow.require(from, step));
    }

    @ParameterizedTest(name = "{0} cannot {1}: \"{2}\"")
    @CsvSource({
            "ENTRUSTED,   HANDLE,    办件当前为「已委托，待补齐材料」，不能办理",
            "ENTRUSTED,   HAND_UP,   办件当前为「已委托，待补齐材料」，不能上交",
            "ACCEPTED,    DELIVER,   办件当前为「已受理，办理中」，不能送达",
            "HANDLED,     HAND_UP,   办件当前为「已办结，待送达」，不能上交",
            "DELIVERED,   FOLLOW_UP, 办件当前为「已送达」，不能回访",
            "FOLLOWED_UP, FOLLOW_UP, 办件当前为「已回访」，不能回访",
    })
    void steps_out_of_order_are_refused_in_words(CaseState from, CaseStep step, String message) {
        assertEquals(message, assertThrows(BusinessException.class, () -> CaseFlow.require(from, step)).getMessage());
    }

    @Test
    void a_level_accepts_and_handles_only_what_the_guide_allows() {
        var villageAndTown = EnumSet.of(NodeLevel.VILLAGE, NodeLevel.TOWNSHIP);
        CaseFlow.requireAcceptable(villageAndTown, NodeLevel.VILLAGE, "城乡居民养老保险参保登记");
        BusinessException e = assertThrows(BusinessException.class,
                () -> CaseFlow.requireAcceptable(EnumSet.of(NodeLevel.COUNTY), NodeLevel.VILLAGE, "食品经营许可"));
        assertEquals("「食品经营许可」不能在村级网点受理", e.getMessage());
        assertEquals("itemId", e.field());

        assertTrue(CaseFlow.mustHandUp(EnumSet.of(NodeLevel.TOWNSHIP), NodeLevel.VILLAGE));
        assertFalse(CaseFlow.mustHandUp(villageAndTown, NodeLevel.VILLAGE));
        assertThrows(BusinessException.class,
                () -> CaseFlow.requireHandleable(EnumSet.of(NodeLevel.COUNTY), NodeLevel.TOWNSHIP, "x"));
    }

    @Test
    void the_county_cannot_hand_up_and_a_hand_up_needs_a_reason() {
        assertEquals("县级网点没有上级，不能上交", assertThrows(BusinessException.class,
                () -> CaseFlow.requireHandUp(NodeLevel.COUNTY, false, "太难")).getMessage());
        assertEquals("reason", assertThrows(BusinessException.class,
                () -> CaseFlow.requireHandUp(NodeLevel.VILLAGE, true, "  ")).field());
        CaseFlow.requireHandUp(NodeLevel.VILLAGE, true, "村级无权办理");
    }
}
