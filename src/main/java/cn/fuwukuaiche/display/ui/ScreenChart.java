package cn.fuwukuaiche.display.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An ECharts chart on a screen (the WebJar, loaded as evaluation's charts load it). The option is written
 * for a reference type size of {@value #REFERENCE_PX} px; the browser scales every size in it (fonts, grid,
 * symbols) to the element's own font size, so one option fits 1280×720, 1920×1080 and a portrait TV. Once
 * drawn the element carries {@code data-rendered="true"}.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
class ScreenChart extends Div {

    static final int REFERENCE_PX = 20;
    private final String option;

    ScreenChart(String id, String option) {
        this.option = option;
        setId(id);
        addClassName("screen-chart");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const el = this;
                const raw = JSON.parse($0);
                const SIZE_KEYS = ['fontSize', 'symbolSize', 'width', 'left', 'right', 'top', 'bottom'];
                const scale = (v, f) => {
                  if (Array.isArray(v)) return v.map(x => scale(x, f));
                  if (v && typeof v === 'object') {
                    const o = {};
                    for (const k in v) o[k] = (SIZE_KEYS.includes(k) && typeof v[k] === 'number') ? v[k] * f : scale(v[k], f);
                    return o;
                  }
                  return v;
                };
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  if (!el.isConnected) return;
                  const f = (parseFloat(getComputedStyle(el).fontSize) || $1) / $1;
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
                  chart.setOption(scale(raw, f), true);
                  el.setAttribute('data-rendered', 'true');
                };
                if (!el.__fwkcResize) {
                  el.__fwkcResize = new ResizeObserver(() => {
                    const c = window.echarts && window.echarts.getInstanceByDom(el);
                    if (c && el.clientWidth > 0) { draw(); c.resize(); }
                  });
                  el.__fwkcResize.observe(el);
                }
                draw();
                """, option, REFERENCE_PX);
    }
}
