package cn.fuwukuaiche.evaluation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An ECharts chart. The library is the WebJar {@code org.webjars.npm:echarts} 5.3.1, loaded at run time (no
 * npm build is possible here, see stack.md §7); the option is JSON built by {@link ChartOptions}. Once drawn,
 * the element carries {@code data-rendered="true"} so browser tests can wait for it.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class ChartPanel extends Div {

    private String option = "{}";

    public ChartPanel(String id, String height) {
        setId(id);
        setWidthFull();
        setHeight(height);
        addClassName("chart-panel");
    }

    public void setOption(String json) {
        this.option = json;
        if (isAttached()) {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        render();
    }

    private void render() {
        getElement().executeJs("""
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
                draw();
                """, option);
    }
}
