package cn.fuwukuaiche.partylife.activity.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.Map;

/**
 * The counts by series and branch as an ECharts bar chart (the WebJar, loaded at run time): one bar group per branch,
 * one colour per series. The option is JSON built here; the client waits for {@code window.echarts}.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
class ActivityChart extends Div {

    private String option = "{}";

    ActivityChart() {
        setWidthFull();
        setHeight("240px");
        setId("activity-chart");
    }

    /** series name → branch name → activities. */
    void show(Map<String, Map<String, Long>> counts) {
        List<String> branches = counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        StringBuilder b = new StringBuilder("{\"tooltip\":{},\"legend\":{\"top\":0},\"grid\":{\"left\":40,\"right\":10,\"top\":30,\"bottom\":30},");
        b.append("\"xAxis\":{\"type\":\"category\",\"data\":[");
        b.append(String.join(",", branches.stream().map(ActivityChart::str).toList()));
        b.append("]},\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":[");
        boolean first = true;
        for (Map.Entry<String, Map<String, Long>> s : counts.entrySet()) {
            b.append(first ? "" : ",").append("{\"type\":\"bar\",\"barMaxWidth\":48,\"name\":").append(str(s.getKey())).append(",\"data\":[");
            b.append(String.join(",", branches.stream().map(br -> String.valueOf(s.getValue().getOrDefault(br, 0L))).toList()));
            b.append("]}");
            first = false;
        }
        option = b.append("]}").toString();
        getElement().executeJs(RENDER, option);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(RENDER, option);
    }

    private static final String RENDER = """
            const el = this; const opt = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 100); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption(opt, true);
              if (!el.__ro) { el.__ro = new ResizeObserver(() => chart.resize()); el.__ro.observe(el); }
            };
            draw();""";

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
