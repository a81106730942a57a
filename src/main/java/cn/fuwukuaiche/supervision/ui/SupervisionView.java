package cn.fuwukuaiche.supervision.ui;

import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.hall.HallContests;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EChart;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.evaluation.ui.ChartOptions;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.supervision.control.HallComparison;
import cn.fuwukuaiche.supervision.control.SupervisionService;
import cn.fuwukuaiche.supervision.entity.CityNotice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 各中心对比 (上级主管, read-only): the halls of the supervisor's office side by side for a month — 满意率 and 差评率 with
 * the ranking of halls, the 满意率 trend, the current 流动红旗, the year's stars and contest prizes, the month's network
 * cases and the 小事不出村 share — as a table, three charts and an Excel file; below, the office's city-wide notices.
 */
@Dependent
@Route("supervision")
@Menu(title = "menu.supervision", order = 5, icon = "vaadin:institution")
@RolesAllowed(Role.Names.SUPERVISOR)
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisionService service;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Grid<HallComparison.Row> grid = new Grid<>();
    private final EChart satisfactionChart = new EChart("supervision-satisfaction-chart", "300px");
    private final EChart trendChart = new EChart("supervision-trend-chart", "300px");
    private final EChart networkChart = new EChart("supervision-network-chart", "300px");
    private final Grid<CityNotice> notices = new Grid<>();
    private HallComparison.Result result;

    @Inject
    public SupervisionView(SupervisionService service) {
        this.service = service;
        setWidthFull();
        addClassName("supervision");
        H2 title = new H2(getTranslation("supervision.title", service.office().getName()));
        title.setId("supervision-title");
        YearMonth now = YearMonth.from(Times.today());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i));
        }
        month.setLabel(getTranslation("supervision.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> getTranslation("supervision.monthLabel", m.getYear(), m.getMonthValue()));
        month.setValue(now);
        month.setId("supervision-month");
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        Anchor export = new Anchor(new StreamResource(getTranslation("supervision.exportName") + ".xlsx",
                () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("supervision-export");
        HorizontalLayout bar = new HorizontalLayout(month, export);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("supervision-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.rank() == 0 ? "–" : r.tied() ? getTranslation("supervision.tiedRank", r.rank()) : String.valueOf(r.rank()))
                .setHeader(getTranslation("supervision.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.hall().name()).setHeader(getTranslation("supervision.hall")).setAutoWidth(true);
        grid.addColumn(HallComparison.Row::ratings).setHeader(getTranslation("supervision.ratings")).setAutoWidth(true);
        grid.addColumn(r -> pct(r.satisfactionPercent())).setHeader(getTranslation("supervision.satisfaction")).setAutoWidth(true);
        grid.addColumn(r -> pct(r.badPercent())).setHeader(getTranslation("supervision.badRate")).setAutoWidth(true);
        grid.addColumn(r -> r.flag() == null ? "–" : getTranslation("supervision.flagText", r.flag().window(),
                r.flag().month().getYear(), r.flag().month().getMonthValue())).setHeader(getTranslation("supervision.flag")).setWidth("200px").setFlexGrow(1);
        grid.addColumn(HallComparison.Row::stars).setHeader(getTranslation("supervision.stars")).setAutoWidth(true);
        grid.addColumn(r -> r.cases().entrusted()).setHeader(getTranslation("supervision.cases")).setAutoWidth(true);
        grid.addColumn(r -> pct(r.villagePercent())).setHeader(getTranslation("supervision.village")).setAutoWidth(true);
        grid.addColumn(r -> prizes(r.prizes())).setHeader(getTranslation("supervision.prizes")).setAutoWidth(true);

        Div charts = new Div(satisfactionChart, trendChart, networkChart);
        charts.addClassName("supervision-charts");
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(360px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");

        Button publish = new Button(getTranslation("supervision.notice.publish"), VaadinIcon.MEGAPHONE.create(), e -> publish());
        publish.setId("supervision-notice-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notices.setId("supervision-notices");
        notices.setAllRowsVisible(true);
        notices.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        notices.addColumn(CityNotice::getTitle).setHeader(getTranslation("supervision.notice.title")).setAutoWidth(true);
        notices.addColumn(CityNotice::getBody).setHeader(getTranslation("supervision.notice.body")).setFlexGrow(1);
        notices.addColumn(n -> Times.DATE_CN.format(n.getShownFrom()) + " – " + Times.DATE_CN.format(n.getShownUntil()))
                .setHeader(getTranslation("supervision.notice.days")).setAutoWidth(true);
        notices.addComponentColumn(n -> {
            if (n.getWithdrawnAt() != null) {
                return new com.vaadin.flow.component.html.Span(getTranslation("supervision.notice.withdrawn"));
            }
            Button w = new Button(getTranslation("supervision.notice.withdraw"), e -> withdraw(n));
            w.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return w;
        }).setAutoWidth(true);
        HorizontalLayout noticeBar = new HorizontalLayout(new H3(getTranslation("supervision.notice.heading")), publish);
        noticeBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        add(title, new Paragraph(getTranslation("supervision.intro")), bar, grid, charts, noticeBar,
                new Paragraph(getTranslation("supervision.notice.intro")), notices);
        refresh();
        refreshNotices();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.pageTitle");
    }

    private void refresh() {
        result = service.compare(month.getValue());
        grid.setItems(result.rows());
        String ym = getTranslation("supervision.monthLabel", result.month().getYear(), result.month().getMonthValue());
        satisfactionChart.setOption(ChartOptions.bars(getTranslation("supervision.chart.satisfaction", ym),
                getTranslation("chart.satisfactionAxis"), result.rows().stream()
                        .map(r -> new ChartOptions.Point(HallComparison.shortName(r.hall()), r.satisfactionPercent())).toList(), List.of(), false));
        List<String> monthNames = result.months().stream().map(m -> getTranslation("supervision.monthShort", m.getMonthValue())).toList();
        trendChart.setOption(ChartOptions.trend(getTranslation("supervision.chart.trend"), monthNames,
                result.trends().stream().map(t -> HallComparison.shortName(t.hall())).toList(),
                result.trends().stream().map(HallComparison.Trend::percents).toList()));
        networkChart.setOption(ChartOptions.bars(getTranslation("supervision.chart.village", ym),
                getTranslation("supervision.village"), result.rows().stream()
                        .map(r -> new ChartOptions.Point(HallComparison.shortName(r.hall()), r.villagePercent())).toList(), List.of(), false));
    }

    private void refreshNotices() {
        notices.setItems(service.notices());
    }

    private void publish() {
        EditDialog dialog = new EditDialog(getTranslation("supervision.notice.publish"), getTranslation("supervision.notice.publishSave"),
                "supervision-notice-save");
        EntityForm form = dialog.form();
        TextField title = form.field("title", new TextField(getTranslation("supervision.notice.title")));
        title.setId("supervision-notice-title");
        title.setMaxLength(60);
        TextArea body = form.field("body", new TextArea(getTranslation("supervision.notice.body")));
        body.setId("supervision-notice-body");
        body.setMaxLength(300);
        DatePicker from = form.field("from", ChineseDates.picker(getTranslation("supervision.notice.from")));
        from.setValue(Times.today());
        DatePicker until = form.field("until", ChineseDates.picker(getTranslation("supervision.notice.until")));
        until.setValue(Times.today().plusDays(7));
        form.add(new Paragraph(getTranslation("supervision.notice.public")));
        dialog.onSave(() -> {
            service.publish(new SupervisionService.NoticeForm(title.getValue(), body.getValue(), from.getValue(), until.getValue()));
            EntityForm.saved(getTranslation("supervision.notice.published"));
            refreshNotices();
        }).open();
    }

    private void withdraw(CityNotice n) {
        EditDialog dialog = new EditDialog(getTranslation("supervision.notice.withdraw"), getTranslation("supervision.notice.withdraw"),
                "supervision-notice-withdraw-save");
        TextField reason = dialog.form().field("reason", new TextField(getTranslation("supervision.notice.reason")));
        dialog.onSave(() -> {
            service.withdraw(n.getId(), n.getVersion(), reason.getValue());
            EntityForm.saved(getTranslation("supervision.notice.withdrawnDone"));
            refreshNotices();
        }).open();
    }

    private String pct(BigDecimal p) {
        return p == null ? "–" : p.toPlainString() + "%";
    }

    private String prizes(HallContests.Prizes p) {
        return p.total() == 0 ? "–" : getTranslation("supervision.prizeText", p.first(), p.second(), p.third(), p.merit());
    }

    private byte[] exportBytes() {
        HallComparison.Result r = result;
        String ym = getTranslation("supervision.monthLabel", r.month().getYear(), r.month().getMonthValue());
        return ExcelExport.toBytes(getTranslation("supervision.exportName"), List.of(
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.month"), x -> ym),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.rank"), x -> x.rank() == 0 ? null : x.rank()),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.code"), x -> x.hall().code()),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.hall"), x -> x.hall().name()),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.ratings"), HallComparison.Row::ratings),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.badCount"), HallComparison.Row::bad),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.satisfaction"), HallComparison.Row::satisfactionPercent),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.badRate"), HallComparison.Row::badPercent),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.flag"), x -> x.flag() == null ? null
                        : getTranslation("supervision.flagText", x.flag().window(), x.flag().month().getYear(), x.flag().month().getMonthValue())),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.stars"), HallComparison.Row::stars),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.cases"), x -> x.cases().entrusted()),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.level.village"), x -> x.cases().village()),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.level.township"), x -> x.cases().township()),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.level.county"), x -> x.cases().county()),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.village"), HallComparison.Row::villagePercent),
                new ExcelExport.Column<HallComparison.Row>(getTranslation("supervision.prizes"), x -> x.prizes().total())),
                r.rows());
    }
}
