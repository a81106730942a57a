package cn.fuwukuaiche.display.ui;

import cn.fuwukuaiche.base.board.SatisfactionBoard;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.display.control.BoardSnapshot;
import cn.fuwukuaiche.display.entity.ScreenTheme;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.math.BigDecimal;
import java.util.List;

/**
 * ECharts options for the screens: large labels, the screen theme's colours, no tooltips or toolbox (nobody
 * touches a screen), no animation on refresh. Plain Java.
 */
final class ScreenCharts {

    private ScreenCharts() {
    }

    record Colours(String text, String axis, String accent, String bar) {
        static Colours of(ScreenTheme t) {
            return t == ScreenTheme.DARK ? new Colours("#f3f4f6", "#4b5563", "#fbbf24", "#f87171")
                    : new Colours("#ffffff", "rgba(255,255,255,0.45)", "#ffd54f", "#ffd54f");
        }
    }

    /** The hall's 满意率 over the last months; {@code fontPx} scales with the screen. */
    static String trend(List<SatisfactionBoard.TrendPoint> points, ScreenTheme theme, int fontPx) {
        Colours c = Colours.of(theme);
        JsonObject o = base(c, fontPx);
        o.put("grid", grid(fontPx * 4, fontPx * 2, fontPx * 2, fontPx * 2.4));
        JsonObject x = axis("category", c, fontPx);
        JsonArray months = Json.createArray();
        JsonArray values = Json.createArray();
        for (int i = 0; i < points.size(); i++) {
            months.set(i, Messages.t("display.chart.month", String.valueOf(points.get(i).month().getMonthValue())));
            BigDecimal p = points.get(i).percent();
            if (p == null) {
                values.set(i, Json.createNull());
            } else {
                values.set(i, p.setScale(1, java.math.RoundingMode.HALF_UP).doubleValue());
            }
        }
        x.put("data", months);
        o.put("xAxis", x);
        JsonObject y = axis("value", c, fontPx);
        y.put("min", 0); // value axes start at zero on every chart of the portal
        y.put("max", 100);
        o.put("yAxis", y);
        JsonObject s = Json.createObject();
        s.put("type", "line");
        s.put("smooth", true);
        s.put("symbolSize", fontPx * 0.6);
        s.put("data", values);
        s.put("itemStyle", obj("color", c.accent()));
        s.put("lineStyle", obj("width", Math.max(3, fontPx / 5)));
        JsonObject label = Json.createObject();
        label.put("show", true);
        label.put("color", c.text());
        label.put("fontSize", fontPx);
        label.put("formatter", "{c}%");
        s.put("label", label);
        JsonArray series = Json.createArray();
        series.set(0, s);
        o.put("series", series);
        return o.toJson();
    }

    /** The windows' ranks: a horizontal bar of 满意率 per window, best on top, "第 N 名" in the label. */
    static String ranking(List<SatisfactionBoard.Rank> ranks, ScreenTheme theme, int fontPx) {
        Colours c = Colours.of(theme);
        JsonObject o = base(c, fontPx);
        o.put("grid", grid(fontPx * 13, fontPx * 5, fontPx, fontPx));
        JsonObject x = axis("value", c, fontPx);
        x.put("show", false);
        x.put("min", 0);
        x.put("max", 100);
        o.put("xAxis", x);
        JsonObject y = axis("category", c, fontPx);
        y.put("inverse", true);
        JsonArray labels = Json.createArray();
        JsonArray values = Json.createArray();
        for (int i = 0; i < ranks.size(); i++) {
            SatisfactionBoard.Rank r = ranks.get(i);
            labels.set(i, Messages.t("display.chart.rank", String.valueOf(r.rank()), r.window()));
            values.set(i, r.satisfactionPercent() == null ? 0 : r.satisfactionPercent().setScale(1, java.math.RoundingMode.HALF_UP).doubleValue());
        }
        y.put("data", labels);
        o.put("yAxis", y);
        JsonObject s = Json.createObject();
        s.put("type", "bar");
        s.put("data", values);
        s.put("barWidth", "60%");
        s.put("itemStyle", obj("color", c.bar()));
        JsonObject label = Json.createObject();
        label.put("show", true);
        label.put("position", "right");
        label.put("color", c.text());
        label.put("fontSize", fontPx);
        label.put("formatter", "{c}%");
        s.put("label", label);
        JsonArray series = Json.createArray();
        series.set(0, s);
        o.put("series", series);
        return o.toJson();
    }

    private static JsonObject base(Colours c, int fontPx) {
        JsonObject o = Json.createObject();
        o.put("animation", false);
        JsonObject text = Json.createObject();
        text.put("color", c.text());
        text.put("fontSize", fontPx);
        text.put("fontFamily", "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif");
        o.put("textStyle", text);
        return o;
    }

    private static JsonObject axis(String type, Colours c, int fontPx) {
        JsonObject a = Json.createObject();
        a.put("type", type);
        JsonObject label = Json.createObject();
        label.put("color", c.text());
        label.put("fontSize", fontPx);
        a.put("axisLabel", label);
        JsonObject line = Json.createObject();
        line.put("lineStyle", obj("color", c.axis()));
        a.put("axisLine", line);
        JsonObject split = Json.createObject();
        split.put("lineStyle", obj("color", c.axis()));
        a.put("splitLine", split);
        return a;
    }

    private static JsonObject grid(double left, double right, double top, double bottom) {
        JsonObject g = Json.createObject();
        g.put("left", left);
        g.put("right", right);
        g.put("top", top);
        g.put("bottom", bottom);
        return g;
    }

    private static JsonObject obj(String k, Object v) {
        JsonObject o = Json.createObject();
        if (v instanceof Number n) {
            o.put(k, n.doubleValue());
        } else {
            o.put(k, String.valueOf(v));
        }
        return o;
    }
}
