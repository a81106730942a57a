package cn.fuwukuaiche.base.db;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list pages' filters: only what the user set reaches the query, and typed wildcards stay literal. */
class JpqlFilterTest {

    private static final String SELECT = "select u from Unit u left join fetch u.branch b";

    @Test
    void no_filter_set_gives_the_plain_select_in_order() {
        JpqlFilter cut = new JpqlFilter(SELECT).contains("t", "  ", "u.name").and("b.id = :branch", "branch", null);
        assertEquals(SELECT + " where 1 = 1 order by u.name", cut.jpql("u.name"));
        assertEquals(Map.of(), cut.params());
    }

    @Test
    void each_filter_set_adds_its_condition_and_parameter() {
        JpqlFilter cut = new JpqlFilter(SELECT)
                .andIf(true, "u.active = true")
                .andIf(false, "never")
                .contains("t", " 税务 ", "u.name", "u.shortName")
                .and("b.id = :branch", "branch", 7L)
                .and("u.id in :ids", "ids", List.of(1L, 2L));
        assertEquals(SELECT + " where 1 = 1 and u.active = true"
                + " and (u.name like :t escape '!' or u.shortName like :t escape '!')"
                + " and b.id = :branch and u.id in :ids", cut.jpql(null));
        assertEquals(Map.of("t", "%税务%", "branch", 7L, "ids", List.of(1L, 2L)), cut.params());
    }

    @Test
    void a_full_width_search_finds_the_half_width_code() {
        assertEquals(Map.of("t", "%ABC123%"), new JpqlFilter(SELECT).contains("t", " ＡＢＣ１２３ ", "u.name").params());
        assertEquals(Map.of("t", "%QS-0012%"), new JpqlFilter(SELECT).contains("t", "ＱＳ－００１２", "u.name").params());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "A05       | A05",
            "50%       | 50!%",
            "A_01      | A!_01",
            "注意!      | 注意!!",
            "%_!       | !%!_!!",
    })
    void what_a_user_types_is_searched_for_literally(String typed, String pattern) {
        assertEquals(pattern, JpqlFilter.escapeLike(typed.strip()));
    }
}
