package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlagRulesTest {

    static FlagRules.Place p(long id, int rank, String total, boolean eligible) {
        return new FlagRules.Place(id, "W" + id, rank, new BigDecimal(total), eligible);
    }

    static final List<FlagRules.Place> RANKING = List.of(p(3, 1, "99.50", false), p(1, 2, "98.00", true),
            p(2, 2, "98.00", true), p(4, 4, "95.00", true));

    @Test
    void proposalIsTheTopEligibleWindowVetoedOnesSkipped() {
        assertEquals(1L, FlagRules.proposal(RANKING, Map.of(), null).orElseThrow().windowId());
    }

    @Test
    void noEligibleWindowMeansNoProposal() {
        assertTrue(FlagRules.proposal(List.of(p(3, 1, "99", false)), Map.of(), null).isEmpty());
    }

    @ParameterizedTest(name = "window 1 held it {0} months, rule {1} → proposal {2}")
    @CsvSource(nullValues = "null", value = {
            "0, null, 1",
            "5, null, 1",
            "1, 2, 1",
            "2, 2, 2",
            "3, 3, 2",
            "1, 1, 2"})
    void maxMonthsRunningRuleSkipsTheHolder(int heldBefore, Integer max, long expected) {
        assertEquals(expected, FlagRules.proposal(RANKING, Map.of(1L, heldBefore), max).orElseThrow().windowId());
    }

    @Test
    void choosingTheProposalNeedsNoReason() {
        assertNull(FlagRules.checkChoice(RANKING.get(1), Optional.of(RANKING.get(1)), "  ", Map.of(), null));
    }

    @ParameterizedTest(name = "reason ''{0}'' refused")
    @CsvSource(nullValues = "null", value = {"null", "''", "'   '", "好"})
    void choosingAnotherWindowNeedsAReason(String reason) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> FlagRules.checkChoice(RANKING.get(3), Optional.of(RANKING.get(1)), reason, Map.of(), null));
        assertEquals("reason", e.field());
        assertTrue(e.getMessage().contains("理由"), e.getMessage());
    }

    @Test
    void anotherWindowWithAReasonIsAccepted() {
        assertEquals("群众送锦旗两面", FlagRules.checkChoice(RANKING.get(3), Optional.of(RANKING.get(1)), " 群众送锦旗两面 ",
                Map.of(), null));
    }

    @Test
    void aVetoedWindowCannotGetTheFlagEvenWithAReason() {
        BusinessException e = assertThrows(BusinessException.class, () -> FlagRules.checkChoice(RANKING.get(0),
                Optional.of(RANKING.get(1)), "排名第一，理应授予", Map.of(), null));
        assertTrue(e.getMessage().contains("一票否决"));
    }

    @Test
    void theRuleRefusesAChoiceEvenWithAReason() {
        BusinessException e = assertThrows(BusinessException.class, () -> FlagRules.checkChoice(RANKING.get(1),
                Optional.of(RANKING.get(2)), "表现一贯突出", Map.of(1L, 3), 3));
        assertTrue(e.getMessage().contains("连续持有不超过 3 个月"), e.getMessage());
    }

    static FlagRules.Held h(String month, long window) {
        return new FlagRules.Held(YearMonth.parse(month), window);
    }

    @Test
    void streaksCountMonthsRunningAndAGapBreaksThem() {
        List<FlagRules.Held> held = List.of(h("2026-03", 1), h("2026-05", 1), h("2026-04", 1), h("2026-06", 2),
                h("2026-07", 2), h("2026-09", 2), h("2026-10", 1));
        Map<YearMonth, Integer> s = FlagRules.streaks(held);
        assertEquals(1, s.get(YearMonth.parse("2026-03")));
        assertEquals(2, s.get(YearMonth.parse("2026-04")));
        assertEquals(3, s.get(YearMonth.parse("2026-05")));
        assertEquals(1, s.get(YearMonth.parse("2026-06")));
        assertEquals(2, s.get(YearMonth.parse("2026-07")));
        assertEquals(1, s.get(YearMonth.parse("2026-09")), "August not awarded: the streak starts again");
        assertEquals(1, s.get(YearMonth.parse("2026-10")));
        assertEquals(Map.of(1L, 3), FlagRules.streakEndingAt(held, YearMonth.parse("2026-05")));
        assertEquals(Map.of(), FlagRules.streakEndingAt(held, YearMonth.parse("2026-08")));
    }
}
