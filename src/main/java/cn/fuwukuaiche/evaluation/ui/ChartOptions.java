package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.math.BigDecimal;
import java.util.List;

/**
 * ECharts options as JSON, in the portal's colours: a line for a satisfaction trend, bars for a ranking and
 * for 差评 by unit. Plain Java, so what the charts say is unit-tested without a browser. Every value axis starts
 * at zero, so every window with a value has a visible bar (ChartOptionsTest).
 */
public final class ChartOptions {

    static final String RED = "#c8102e";
    static final String GOLD = "#f5c542";
    static final String GREY = "#9e9e9e";

    private ChartOptions() {
    }

    /** One labelled value; a null value is a gap (e.g. a month without ratings). */
    public record Point(String label, BigDecimal value) {
    }

    /** Satisfaction (%) per month: one line per series (e.g. the hall and one window). */
    public static String trend(String title, List<String> months, List<String> seriesNames, List<List<BigDecimal>> series) {
        JsonObject o = base(title);
        o.put("tooltip", obj("trigger", "axis"));
        JsonObject legend = Json.createObject();
        legend.put("top", 28);
        legend.put("data", strings(seriesNames));
        o.put("legend", legend);
        o.put("grid", grid(60));
        JsonObject x = Json.createObject();
        x.put("type", "category");
        x.put("data", strings(months));
        o.put("xAxis", x);
        JsonObject y = Json.createObject();
        y.put("type", "value");
        y.put("name", Messages.t("chart.satisfactionAxis"));
        y.put("min", 0); // from zero: a low month must look low, not like the bottom of the scale
        y.put("max", 100);
        o.put("yAxis", y);
        JsonArray all = Json.createArray();
        String[] colours = {RED, GOLD, GREY};
        for (int i = 0; i < series.size(); i++) {
            JsonObject s = Json.createObject();
            s.put("name", seriesNames.get(i));
            s.put("type", "line");
            s.put("smooth", true);
            s.put("connectNulls", false);
            s.put("data", numbers(series.get(i)));
            s.put("itemStyle", obj("color", colours[i % colours.length]));
            all.set(i, s);
        }
        o.put("series", all);
        return o.toJson();
    }

    /** Horizontal bars, best on top; {@code highlighted} labels (e.g. vetoed) are drawn grey. */
    public static String bars(String title, String valueName, List<Point> points, List<String> greyed, boolean horizontal) {
        JsonObject o = base(title);
        o.put("tooltip", obj("trigger", "axis"));
        o.put("grid", grid(horizontal ? 40 : 50));
        JsonObject category = Json.createObject();
        category.put("type", "category");
        JsonArray labels = Json.createArray();
        JsonArray data = Json.createArray();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            labels.set(i, p.label());
            JsonObject d = Json.createObject();
            if (p.value() == null) {
                d.put("value", Json.createNull());
            } else {
                d.put("value", p.value().doubleValue());
            }
            d.put("itemStyle", obj("color", greyed.contains(p.label()) ? GREY : RED));
            data.set(i, d);
        }
        category.put("data", labels);
        JsonObject value = Json.createObject();
        value.put("type", "value");
        value.put("name", valueName);
        // from zero, never from the lowest value: with "scale" the two lowest windows (87 points) had no bar at all
        value.put("min", 0);
        if (horizontal) {
            category.put("inverse", true);
            JsonObject axisLabel = Json.createObject();
            axisLabel.put("fontSize", 11);
            category.put("axisLabel", axisLabel);
            o.put("yAxis", category);
            o.put("xAxis", value);
        } else {
            JsonObject axisLabel = Json.createObject();
            axisLabel.put("interval", 0);
            axisLabel.put("rotate", points.size() > 8 ? 30 : 0);
            category.put("axisLabel", axisLabel);
            o.put("xAxis", category);
            o.put("yAxis", value);
        }
        JsonObject s = Json.createObject();
        s.put("type", "bar");
        s.put("name", valueName);
        s.put("data", data);
        JsonObject label = Json.createObject();
        label.put("show", true);
        label.put("position", horizontal ? "right" : "top");
        label.put("fontSize", 10);
        s.put("label", label);
        JsonArray series = Json.createArray();
        series.set(0, s);
        o.put("series", series);
        return o.toJson();
    }

    private static JsonObject base(String title) {
        JsonObject o = Json.createObject();
        JsonObject t = Json.createObject();
        t.put("text", title);
        t.put("left", "center");
        JsonObject ts = Json.createObject();
        ts.put("fontSize", 15);
        t.put("textStyle", ts);
        o.put("title", t);
        o.put("animation", false);
        return o;
    }

    private static JsonObject grid(int top) {
        JsonObject g = Json.createObject();
        g.put("top", top);
        g.put("left", 16);
        g.put("right", 40);
        g.put("bottom", 16);
        g.put("containLabel", true);
        return g;
    }

    private static JsonObject obj(String key, String value) {
        JsonObject o = Json.createObject();
        o.put(key, value);
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = Json.createArray();
        for (int i = 0; i < values.size(); i++) {
            a.set(i, values.get(i));
        }
        return a;
    }

    private static JsonArray numbers(List<BigDecimal> values) {
        JsonArray a = Json.createArray();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                a.set(i, Json.createNull());
            } else {
                a.set(i, v.doubleValue());
            }
        }
        return a;
    }
}
