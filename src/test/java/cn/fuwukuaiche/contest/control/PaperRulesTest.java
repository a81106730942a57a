package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperRulesTest {

    private static final Map<String, List<Long>> POOLS = Map.of(
            "户籍:1", List.of(1L, 2L, 3L, 4L, 5L),
            "社保:2", List.of(11L, 12L, 13L));

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            户籍:1        | 第 1 行格式应为 类别:难度:数量
            户籍:x:2      | 第 1 行的难度和数量须为数字
            户籍:4:2      | 第 1 行难度须为 1（易）、2（中）或 3（难）
            户籍:1:0      | 第 1 行数量须在 1–100 之间
            """)
    void bad_rules_are_refused_with_the_line(String rules, String message) {
        BusinessException e = assertThrows(BusinessException.class, () -> PaperRules.parse(rules));
        assertEquals(message, e.getMessage());
    }

    @Test
    void a_paper_has_the_asked_number_per_pool_and_no_question_twice() {
        List<Long> paper = PaperRules.draw(PaperRules.parse("户籍：1：3\n社保:2:2"), POOLS, 42, false);
        assertEquals(5, paper.size());
        assertEquals(5, new HashSet<>(paper).size());
        assertTrue(List.of(1L, 2L, 3L, 4L, 5L).containsAll(paper.subList(0, 3)));
    }

    @Test
    void the_same_seed_gives_the_same_paper_and_a_short_pool_is_refused() {
        List<PaperRules.Rule> rules = PaperRules.parse("户籍:1:3");
        assertEquals(PaperRules.draw(rules, POOLS, PaperRules.seed(7, 1, false), false),
                PaperRules.draw(rules, POOLS, PaperRules.seed(7, 2, false), false));
        assertNotEquals(PaperRules.seed(7, 1, true), PaperRules.seed(7, 2, true));
        BusinessException e = assertThrows(BusinessException.class,
                () -> PaperRules.draw(PaperRules.parse("社保:2:4"), POOLS, 1, false));
        assertTrue(e.getMessage().contains("只有 3 道"), e.getMessage());
    }
}
