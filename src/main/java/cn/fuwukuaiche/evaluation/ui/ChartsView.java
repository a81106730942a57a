package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.ui.EChart;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.ChartDataService;
import cn.fuwukuaiche.evaluation.control.ChartDataService.ChartTrendPoint;
import cn.fuwukuaiche.evaluation.control.ChartDataService.ChartWindow;
import cn.fuwukuaiche.evaluation.control.RankingService;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 考评图表 with ECharts: the monthly 满意率 trend of the hall and of one window (within the caller's scope),
 * the chosen month's window ranking, and 差评 by unit (not for STAFF, whose scope is their own window).
 */
@Dependent
@Route("evaluation/charts")
@PageTitle("考评图表 · 服务快车")
@Menu(title = "menu.evalCharts", order = 42, icon = "vaadin:chart-line")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class ChartsView extends VerticalLayout {

    private final ChartDataService charts;
    private final RankingService ranking;
    private final AssessmentScope scope;
    private final ComboBox<YearMonth> month;
    private final ComboBox<ChartWindow> window = new ComboBox<>();
    private final EChart trend = new EChart("chart-trend", "340px");
    private final EChart rankingChart = new EChart("chart-ranking", "340px");
    private final EChart badByUnit = new EChart("chart-bad-by-unit", "340px");

    @Inject
    public ChartsView(ChartDataService charts, RankingService ranking) {
        this.charts = charts;
        this.ranking = ranking;
        this.scope = ranking.scope();
        setWidthFull();
        month = AssessmentUi.monthPicker(getTranslation("ranking.month"), "chart-month", YearMonth.from(Times.today()));
        List<ChartWindow> windows = charts.windows();
        window.setLabel(getTranslation("chart.window"));
        window.setItems(windows);
        window.setId("chart-window");
        window.setClearButtonVisible(!scope.has(Role.STAFF) || scope.everything());
        window.setWidth("16em");
        if (windows.size() == 1) {
            window.setValue(windows.get(0));
        }
        month.addValueChangeListener(e -> refresh());
        window.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(month, window);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("chart.title")), toolbar, trend, rankingChart);
        boolean units = scope.everything() || scope.has(Role.SECRETARY);
        if (units) {
            add(badByUnit);
        }
        refresh();
    }

    private void refresh() {
        YearMonth m = month.getValue() == null ? YearMonth.from(Times.today()) : month.getValue();
        YearMonth from = m.minusMonths(11);
        try {
            List<ChartTrendPoint> hall = charts.satisfactionTrend(from, m, null);
            List<String> labels = hall.stream().map(p -> getTranslation("chart.monthShort", String.valueOf(p.month().getYear() % 100), String.valueOf(p.month().getMonthValue()))).toList();
            List<String> names = new ArrayList<>(List.of(getTranslation("chart.hall")));
            List<List<BigDecimal>> series = new ArrayList<>();
            series.add(hall.stream().map(ChartTrendPoint::satisfactionPercent).toList());
            if (window.getValue() != null) {
                names.add(window.getValue().label());
                series.add(charts.satisfactionTrend(from, m, window.getValue().id()).stream()
                        .map(ChartTrendPoint::satisfactionPercent).toList());
            }
            trend.setOption(ChartOptions.trend(getTranslation("chart.trendTitle"), labels, names, series));
        } catch (BusinessException e) {
            AssessmentUi.error(e.getMessage());
        }
        try {
            RankingMonth r = ranking.month(AssessmentSubject.WINDOW, m);
            List<Ranked<RankingRow>> rows = r.rows();
            rankingChart.setOption(ChartOptions.bars(getTranslation("ranking.chartTitle", AssessmentUi.month(m),
                            AssessmentSubject.WINDOW.label()), getTranslation("ranking.total"),
                    rows.stream().map(x -> new ChartOptions.Point(x.item().subject().sortKey(), x.item().total())).toList(),
                    rows.stream().filter(x -> !x.item().eligibleForRedFlag()).map(x -> x.item().subject().sortKey()).toList(), false));
        } catch (BusinessException e) {
            rankingChart.setOption("{}");
        }
        if (badByUnit.isAttached() || scope.everything() || scope.has(Role.SECRETARY)) {
            badByUnit.setOption(ChartOptions.bars(getTranslation("chart.badTitle", AssessmentUi.month(m)),
                    getTranslation("ranking.bad"), charts.badByUnit(m).stream()
                            .map(u -> new ChartOptions.Point(u.unit(), BigDecimal.valueOf(u.bad()))).toList(), List.of(), true));
        }
    }
}
