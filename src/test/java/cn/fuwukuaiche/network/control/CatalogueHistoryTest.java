package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.network.control.CatalogueHistory.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogueHistoryTest {

    @Test
    void a_clean_up_shows_as_a_step_down_and_new_items_as_a_step_up() {
        List<Span> items = List.of(
                new Span(LocalDate.of(2025, 1, 1), null),
                new Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 15)),   // withdrawn in the March clean-up
                new Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)),   // withdrawn on the last day of March
                new Span(LocalDate.of(2025, 4, 30), null));                      // added on the last day of April
        List<CatalogueHistory.Point> points = CatalogueHistory.monthly(items, YearMonth.of(2025, 2), YearMonth.of(2025, 4));
        assertEquals(List.of(
                new CatalogueHistory.Point(YearMonth.of(2025, 2), 3),
                new CatalogueHistory.Point(YearMonth.of(2025, 3), 1),
                new CatalogueHistory.Point(YearMonth.of(2025, 4), 2)), points);
        assertThrows(IllegalArgumentException.class,
                () -> CatalogueHistory.monthly(items, YearMonth.of(2025, 4), YearMonth.of(2025, 2)));
    }
}
