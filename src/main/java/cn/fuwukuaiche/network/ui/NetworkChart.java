package cn.fuwukuaiche.network.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An ECharts chart (the WebJar, loaded at run time: no npm build). The option is JSON built on the server;
 * the client waits for {@code window.echarts}, initialises once and resizes with its box.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class NetworkChart extends Div {

    private String option = "{}";

    public NetworkChart(String height) {
        setWidthFull();
        setHeight(height);
    }

    public void setOption(String json) {
        this.option = json;
        getElement().executeJs(RENDER, json);
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

    /** A JSON string literal. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
