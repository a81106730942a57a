package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.ui.EChart;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.network.control.NetworkReportService;
import cn.fuwukuaiche.network.control.NetworkStatistics;
import cn.fuwukuaiche.network.control.NetworkStatistics.LevelRow;
import cn.fuwukuaiche.network.control.NetworkStatistics.NodeRow;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * 三级网络统计: for a period, cases accepted, handled, handed up and on time per level and node, and the
 * share each level closed (小事不出村、大事不出乡、难事不出县), with charts and an Excel export.
 */
@Dependent
@Route("network/stats")
@PageTitle("三级网络统计 · 服务快车")
@Menu(title = "menu.network.stats", order = 64, icon = "vaadin:chart")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class NetworkStatsView extends VerticalLayout {

    private final NetworkReportService reports;
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<NodeLevel> level = new ComboBox<>();
    private final Div cards = new Div();
    private final EChart share = new EChart("stats-share-chart", "280px");
    private final EChart bars = new EChart("stats-level-chart", "280px");
    private final Grid<NodeRow> grid = new Grid<>();
    private NetworkStatistics.Result result;

    @Inject
    public NetworkStatsView(NetworkReportService reports) {
        this.reports = reports;
        setWidthFull();
        from = ChineseDates.picker(getTranslation("network.from"));
        from.setValue(Times.today().minusMonths(6).withDayOfMonth(1));
        from.setId("stats-from");
        to = ChineseDates.picker(getTranslation("network.to"));
        to.setValue(Times.today());
        to.setId("stats-to");
        level.setLabel(getTranslation("network.stats.levelFilter"));
        level.setItems(NodeLevel.values());
        level.setItemLabelGenerator(NodeLevel::label);
        level.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> showGrid());

        Anchor export = new Anchor(new StreamResource(getTranslation("network.stats.title") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("stats-export");
        HorizontalLayout filters = new HorizontalLayout(from, to, level, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        cards.setId("stats-levels");
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(260px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        Div charts = new Div(share, bars);
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(360px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");

        grid.setId("stats-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.node().name()).setHeader(getTranslation("network.node.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(r -> r.node().level().label()).setHeader(getTranslation("network.node.level")).setAutoWidth(true);
        grid.addColumn(r -> r.figures().accepted()).setHeader(getTranslation("network.stats.accepted")).setAutoWidth(true)
                .setComparator(r -> r.figures().accepted());
        grid.addColumn(r -> r.figures().handled()).setHeader(getTranslation("network.stats.handled")).setAutoWidth(true)
                .setComparator(r -> r.figures().handled());
        grid.addColumn(r -> r.figures().handedUp()).setHeader(getTranslation("network.stats.handedUp")).setAutoWidth(true)
                .setComparator(r -> r.figures().handedUp());
        grid.addColumn(r -> r.figures().onTime()).setHeader(getTranslation("network.stats.onTime")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.figures().onTimeRate())).setHeader(getTranslation("network.stats.onTimeRate")).setAutoWidth(true)
                .setComparator(r -> r.figures().onTimeRate());
        grid.setAllRowsVisible(false);
        grid.setHeight("520px");

        add(new H2(getTranslation("network.stats.title")), filters, cards, charts,
                new H3(getTranslation("network.stats.perNode")), grid);
        refresh();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return;
        }
        result = reports.statistics(from.getValue(), to.getValue());
        cards.removeAll();
        String[] mottos = {getTranslation("network.stats.motto.county"), getTranslation("network.stats.motto.township"),
                getTranslation("network.stats.motto.village")};
        for (LevelRow l : villageFirst()) {
            cards.add(levelCard(l, mottos[l.level().ordinal()]));
        }
        share.setOption(pie());
        bars.setOption(levelBars());
        showGrid();
    }

    private Component levelCard(LevelRow l, String motto) {
        Span title = new Span(l.level().label() + " · " + motto);
        title.getStyle().set("font-weight", "600");
        Span big = new Span(percent(l.shareOfHandled()));
        big.getStyle().set("font-size", "2rem").set("color", "#c8102e").set("display", "block");
        big.getElement().setAttribute("data-level", l.level().name());
        big.addClassName("stats-share");
        Span detail = new Span(getTranslation("network.stats.cardDetail", l.figures().handled(), l.figures().accepted(),
                l.figures().handedUp(), percent(l.figures().onTimeRate())));
        detail.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(title, big, detail);
        card.getStyle().set("border", "1px solid #f0d9d9").set("border-radius", "8px").set("padding", "12px").set("background", "#fff");
        card.setId("stats-card-" + l.level().name().toLowerCase());
        return card;
    }

    private String pie() {
        String data = villageFirst().stream().map(l -> "{\"name\":" + EChart.str(getTranslation("network.stats.closedAt", l.level().label()))
                + ",\"value\":" + l.figures().handled() + "}").collect(Collectors.joining(","));
        return "{\"title\":{\"text\":" + EChart.str(getTranslation("network.stats.shareChart")) + ",\"left\":\"center\",\"textStyle\":{\"fontSize\":14}},"
                + "\"tooltip\":{\"trigger\":\"item\",\"formatter\":" + EChart.str(getTranslation("network.stats.pieTooltip")) + "},\"color\":[\"#2e7d32\",\"#f5a623\",\"#8b0000\"],"
                + "\"series\":[{\"type\":\"pie\",\"radius\":[\"35%\",\"65%\"],\"label\":{\"formatter\":\"{b}\\n{d}%\"},\"data\":[" + data + "]}]}";
    }

    private String levelBars() {
        List<LevelRow> ls = villageFirst();
        String cats = ls.stream().map(l -> EChart.str(l.level().label())).collect(Collectors.joining(","));
        return "{\"title\":{\"text\":" + EChart.str(getTranslation("network.stats.levelChart")) + ",\"left\":\"center\",\"textStyle\":{\"fontSize\":14}},"
                + "\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},\"grid\":{\"left\":50,\"right\":20,\"top\":40,\"bottom\":50},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + cats + "]},\"yAxis\":{\"type\":\"value\",\"min\":0},"
                + "\"series\":[" + series(getTranslation("network.stats.accepted"), ls, "accepted", "#c8102e") + ","
                + series(getTranslation("network.stats.handled"), ls, "handled", "#2e7d32") + ","
                + series(getTranslation("network.stats.handedUp"), ls, "handedUp", "#f5a623") + "]}";
    }

    /** 小事不出村 → 大事不出乡 → 难事不出县: the village first, as the motto reads. */
    private List<LevelRow> villageFirst() {
        return result.levels().stream().sorted(Comparator.comparing((LevelRow l) -> l.level()).reversed()).toList();
    }

    private static String series(String name, List<LevelRow> ls, String what, String color) {
        String data = ls.stream().map(l -> String.valueOf(switch (what) {
            case "accepted" -> l.figures().accepted();
            case "handled" -> l.figures().handled();
            default -> l.figures().handedUp();
        })).collect(Collectors.joining(","));
        return "{\"name\":" + EChart.str(name) + ",\"type\":\"bar\",\"itemStyle\":{\"color\":\"" + color + "\"},\"data\":[" + data + "]}";
    }

    private void showGrid() {
        if (result == null) {
            return;
        }
        grid.setItems(rows());
    }

    private List<NodeRow> rows() {
        return result.nodes().stream().filter(r -> level.getValue() == null || r.node().level() == level.getValue())
                .sorted(Comparator.comparing((NodeRow r) -> r.node().level()).thenComparing(r -> r.node().code())).toList();
    }

    private byte[] exportBytes() {
        if (result == null) {
            return new byte[0];
        }
        return ExcelExport.toBytes(getTranslation("network.stats.title"), List.of(
                new ExcelExport.Column<NodeRow>(getTranslation("network.node.code"), r -> r.node().code()),
                new ExcelExport.Column<NodeRow>(getTranslation("network.node.name"), r -> r.node().name()),
                new ExcelExport.Column<NodeRow>(getTranslation("network.node.level"), r -> r.node().level().label()),
                new ExcelExport.Column<NodeRow>(getTranslation("network.stats.accepted"), r -> r.figures().accepted()),
                new ExcelExport.Column<NodeRow>(getTranslation("network.stats.handled"), r -> r.figures().handled()),
                new ExcelExport.Column<NodeRow>(getTranslation("network.stats.handedUp"), r -> r.figures().handedUp()),
                new ExcelExport.Column<NodeRow>(getTranslation("network.stats.onTime"), r -> r.figures().onTime()),
                new ExcelExport.Column<NodeRow>(getTranslation("network.stats.onTimeRate"), r -> percent(r.figures().onTimeRate()))), rows());
    }

    static String percent(double share) {
        return String.format("%.1f%%", share * 100);
    }
}
