package cn.fuwukuaiche.partylife.activity.ui;

import cn.fuwukuaiche.base.ui.EChart;

import java.util.List;
import java.util.Map;

/**
 * The counts by series and branch as an ECharts bar chart: one bar group per branch, one colour per series. The
 * option is JSON built here; drawing is {@link EChart}'s.
 */
class ActivityChart extends EChart {

    ActivityChart() {
        super("activity-chart", "240px");
    }

    /** series name → branch name → activities. */
    void show(Map<String, Map<String, Long>> counts) {
        List<String> branches = counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        StringBuilder b = new StringBuilder("{\"tooltip\":{},\"legend\":{\"top\":0},\"grid\":{\"left\":40,\"right\":10,\"top\":30,\"bottom\":30},");
        b.append("\"xAxis\":{\"type\":\"category\",\"data\":[");
        b.append(String.join(",", branches.stream().map(EChart::str).toList()));
        b.append("]},\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":[");
        boolean first = true;
        for (Map.Entry<String, Map<String, Long>> s : counts.entrySet()) {
            b.append(first ? "" : ",").append("{\"type\":\"bar\",\"barMaxWidth\":48,\"name\":").append(str(s.getKey())).append(",\"data\":[");
            b.append(String.join(",", branches.stream().map(br -> String.valueOf(s.getValue().getOrDefault(br, 0L))).toList()));
            b.append("]}");
            first = false;
        }
        setOption(b.append("]}").toString());
    }
}
