package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import jakarta.json.Json;

/**
 * An ECharts chart on a page. The library is ECharts 5.3.1 ({@code echarts.min.js} of the WebJar
 * {@code org.webjars.npm:echarts}, unpacked into the WAR at the WebJar's address by the build), loaded at run time
 * (no npm build is possible here, see stack.md §7); the option is JSON built on the server. The client waits for
 * {@code window.echarts}, initialises once, redraws on each new option and resizes with its box; once drawn the
 * element carries {@code data-rendered="true"} so browser tests can wait for it. (The display screens scale their
 * charts to the screen's type size and have their own element, {@code display.ui.ScreenChart}.)
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private static final String RENDER = """
            const el = this;
            const option = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption(option, true);
              if (!el.__fwkcResize) {
                el.__fwkcResize = new ResizeObserver(() => chart.resize());
                el.__fwkcResize.observe(el);
              }
              el.setAttribute('data-rendered', 'true');
            };
            draw();""";

    private String option = "{}";

    public EChart(String id, String height) {
        setId(id);
        setWidthFull();
        setHeight(height);
        addClassName("chart-panel");
    }

    /** Shows {@code json} (an ECharts option) now if the chart is on the page, else when it is attached. */
    public void setOption(String json) {
        this.option = json;
        if (isAttached()) {
            getElement().executeJs(RENDER, option);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(RENDER, option);
    }

    /** {@code s} as a JSON string literal, quotes included, for options written by hand. */
    public static String str(String s) {
        return Json.createValue(s).toString();
    }
}
