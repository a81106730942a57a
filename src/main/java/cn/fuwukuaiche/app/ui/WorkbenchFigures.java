package cn.fuwukuaiche.app.ui;

import cn.fuwukuaiche.base.ui.EChart;
import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RectificationService;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static cn.fuwukuaiche.base.i18n.Messages.t;

/**
 * The workbench's key figures of the month, from the public boards' faces (满意率 and its trend, the flag holder,
 * cases handled on time) and the rectification list in the viewer's scope (差评 open). A figure whose source fails
 * shows "该项暂不可用".
 */
@Dependent
public class WorkbenchFigures {

    private static final Logger LOG = Logger.getLogger(WorkbenchFigures.class.getName());
    static final int TREND_MONTHS = 6;

    @Inject
    Instance<SatisfactionBoard> satisfaction;

    @Inject
    Instance<HonourBoard> honour;

    @Inject
    Instance<NetworkBoard> network;

    @Inject
    Instance<RectificationService> rectifications;

    public Component panel(Set<Role> roles) {
        Div cards = new Div();
        cards.addClassName("figure-cards");
        Div box = new Div(new H3(t("workbench.figures")), cards);
        box.setId("workbench-figures");
        box.addClassName("workbench-figures");
        SatisfactionBoard.Satisfaction s = null;
        try {
            s = satisfaction.isResolvable() ? satisfaction.get().satisfaction(YearMonth.from(Times.today()), TREND_MONTHS) : null;
            cards.add(card("figure-satisfaction", t("workbench.figure.satisfaction"),
                    s == null || s.percent() == null ? "—" : percent(s.percent())));
        } catch (RuntimeException e) {
            cards.add(unavailable("figure-satisfaction", t("workbench.figure.satisfaction"), e));
        }
        if (roles.stream().anyMatch(r -> r != Role.AGENT)) {
            try {
                long open = rectifications.get().list(new RectificationService.RectificationFilter(null, true, null)).size();
                cards.add(card("figure-open-complaints", t("workbench.figure.openComplaints"), String.valueOf(open)));
            } catch (RuntimeException e) {
                cards.add(unavailable("figure-open-complaints", t("workbench.figure.openComplaints"), e));
            }
        }
        try {
            String flag = honour.isResolvable() ? honour.get().currentFlag()
                    .map(f -> f.windowCode() + " " + f.windowName()).orElse("—") : "—";
            cards.add(card("figure-flag", t("workbench.figure.flag"), flag));
        } catch (RuntimeException e) {
            cards.add(unavailable("figure-flag", t("workbench.figure.flag"), e));
        }
        try {
            NetworkBoard.Network n = network.isResolvable() ? network.get().network(Times.today()) : null;
            cards.add(card("figure-on-time", t("workbench.figure.onTime"),
                    n == null || n.onTimePercent() == null ? "—" : percent(n.onTimePercent())));
        } catch (RuntimeException e) {
            cards.add(unavailable("figure-on-time", t("workbench.figure.onTime"), e));
        }
        if (s != null && !s.trend().isEmpty()) {
            EChart chart = new EChart("workbench-trend", "180px");
            chart.setOption(trendOption(s));
            box.add(chart);
        }
        return box;
    }

    private static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString() + "%";
    }

    private static Component card(String id, String label, String value) {
        Span v = new Span(value);
        v.addClassName("figure-value");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Div card = new Div(v, l);
        card.setId(id);
        card.addClassName("figure-card");
        return card;
    }

    private static Component unavailable(String id, String label, RuntimeException e) {
        LOG.log(Level.WARNING, "workbench figure " + id + " unavailable", e);
        return card(id, label, t("workbench.unavailable"));
    }

    /** A small line chart of the hall's 满意率 over the last months (ECharts option as JSON). */
    static String trendOption(SatisfactionBoard.Satisfaction s) {
        String months = s.trend().stream().map(p -> "\"" + t("workbench.month", p.month().getMonthValue()) + "\"").collect(Collectors.joining(","));
        String values = s.trend().stream().map(p -> p.percent() == null ? "null" : p.percent().toPlainString())
                .collect(Collectors.joining(","));
        return "{\"grid\":{\"left\":40,\"right\":16,\"top\":24,\"bottom\":24},"
                + "\"title\":{\"text\":\"" + t("workbench.figure.trend") + "\",\"textStyle\":{\"fontSize\":13}},"
                + "\"tooltip\":{\"trigger\":\"axis\"},\"xAxis\":{\"type\":\"category\",\"data\":[" + months + "]},"
                + "\"yAxis\":{\"type\":\"value\",\"min\":80,\"max\":100},"
                + "\"series\":[{\"type\":\"line\",\"smooth\":true,\"data\":[" + values + "],\"itemStyle\":{\"color\":\"#c8102e\"}}]}";
    }
}
