package cn.fuwukuaiche.evaluation.ui;

import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every value axis starts at zero, so the lowest windows (87 points) keep a visible bar. */
class ChartOptionsTest {

    private static final List<ChartOptions.Point> POINTS = List.of(new ChartOptions.Point("A01", new BigDecimal("100")),
            new ChartOptions.Point("A02", new BigDecimal("95.5")), new ChartOptions.Point("B01", new BigDecimal("87")),
            new ChartOptions.Point("B02", new BigDecimal("87")));

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void bars_value_axis_starts_at_zero(boolean horizontal) {
        JsonObject o = Json.parse(ChartOptions.bars("t", "总分", POINTS, List.of(), horizontal));
        JsonObject value = o.getObject(horizontal ? "xAxis" : "yAxis");
        assertEquals("value", value.getString("type"));
        assertEquals(0, value.getNumber("min"));
        assertFalse(value.hasKey("scale") && value.getBoolean("scale"), "scale would start the axis at the lowest value");
        assertEquals(4, o.getArray("series").getObject(0).getArray("data").length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"本院", "A01"})
    void trend_axis_runs_from_zero_to_a_hundred(String name) {
        JsonObject y = Json.parse(ChartOptions.trend("t", List.of("10月", "11月"), List.of(name),
                List.of(List.of(new BigDecimal("88.5"), new BigDecimal("91"))))).getObject("yAxis");
        assertEquals(0, y.getNumber("min"));
        assertEquals(100, y.getNumber("max"));
        assertFalse(y.hasKey("scale") && y.getBoolean("scale"));
    }
}
