package cn.fuwukuaiche.partylife.activity.ui;

import cn.fuwukuaiche.partylife.activity.control.ActivityYearFigures;
import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.activity.control.ActivityFigures;
import cn.fuwukuaiche.partylife.activity.control.ActivitySeriesService;
import cn.fuwukuaiche.partylife.activity.control.ActivityService;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.ActivitySeries;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 创先争优活动: the activities the caller may see (a secretary his branch's), filtered by year, kind, branch and series
 * — also from the query ({@code ?year=2026&kind=VISIT&branch=3}, the yearly report's evidence links) — with the counts
 * by kind and by series and branch (a bar chart), 记录活动 and each row's 编辑 and 详情.
 */
@Dependent
@Route("party-life/activities")
@Menu(title = "partylife.activity.menu.list", order = 70, icon = "vaadin:flag")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class ActivitiesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ActivityService service;
    private final ActivitySeriesService seriesService;
    private final OrgDirectory org;
    private final IntegerField year = new IntegerField();
    private final ComboBox<ActivityKind> kind = new ComboBox<>();
    private final ComboBox<Branch> branch = new ComboBox<>();
    private final ComboBox<ActivitySeries> series = new ComboBox<>();
    private final Grid<Activity> grid = new Grid<>();
    private final Div kindCounts = new Div();
    private final Span total = new Span();
    private final ActivityChart chart = new ActivityChart();
    private Map<Long, String> branchNames = Map.of();
    private boolean quiet;
    /** {@code &item=pledges_done}: only the activities behind that yearly-report figure, and the figure they give. */
    private String item;
    private final Span itemFigure = new Span();

    @Inject
    public ActivitiesView(ActivityService service, ActivitySeriesService seriesService, OrgDirectory org) {
        this.service = service;
        this.seriesService = seriesService;
        this.org = org;
        addClassName("activities-view");
        year.setLabel(getTranslation("partylife.activity.year"));
        year.setId("activities-year");
        year.setStepButtonsVisible(true);
        year.setValue(Times.today().getYear());
        kind.setLabel(getTranslation("partylife.activity.kind"));
        kind.setId("activities-kind");
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(ActivityKind::label);
        kind.setClearButtonVisible(true);
        branch.setLabel(getTranslation("partylife.activity.branch"));
        branch.setId("activities-branch");
        branch.setItems(service.managedBranches());
        branch.setItemLabelGenerator(Branch::getName);
        branch.setClearButtonVisible(true);
        series.setLabel(getTranslation("partylife.activity.series"));
        series.setId("activities-series");
        series.setItems(seriesService.all());
        series.setItemLabelGenerator(ActivitySeries::getName);
        series.setClearButtonVisible(true);
        // a filter changed by hand leaves the report item's list (its 查看记录) behind
        year.addValueChangeListener(e -> filtered(e.isFromClient()));
        kind.addValueChangeListener(e -> filtered(e.isFromClient()));
        branch.addValueChangeListener(e -> filtered(e.isFromClient()));
        series.addValueChangeListener(e -> filtered(e.isFromClient()));
        Button record = new Button(getTranslation("partylife.activity.record"), VaadinIcon.PLUS.create(), e -> open(null));
        record.setId("activity-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("activities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> a.getHeldOn().toString()).setHeader(getTranslation("partylife.activity.date")).setAutoWidth(true);
        grid.addColumn(Activity::getTitle).setHeader(getTranslation("partylife.activity.title")).setAutoWidth(true);
        grid.addColumn(a -> a.getSeries().getName()).setHeader(getTranslation("partylife.activity.series")).setAutoWidth(true);
        grid.addColumn(a -> branchNames.getOrDefault(a.getBranchId(), "")).setHeader(getTranslation("partylife.activity.branch"))
                .setAutoWidth(true);
        grid.addColumn(a -> ActivityTexts.kindLine(a)).setHeader(getTranslation("partylife.activity.kind")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("partylife.activity.people", a.getParticipants().size(), a.leaders()))
                .setHeader(getTranslation("partylife.activity.participants")).setAutoWidth(true);
        grid.addColumn(a -> a.isOnScreens() ? getTranslation("partylife.activity.onScreensShort") : "")
                .setHeader(getTranslation("partylife.activity.screens")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button edit = new Button(getTranslation("action.edit"), e -> open(a));
            edit.setId("activity-edit-" + a.getId());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button detail = new Button(getTranslation("partylife.activity.detail"),
                    e -> getUI().ifPresent(ui -> ui.navigate(ActivityDetailView.class, a.getId())));
            detail.setId("activity-detail-" + a.getId());
            detail.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(edit, detail);
        }).setAutoWidth(true).setFlexGrow(0);

        HorizontalLayout bar = new HorizontalLayout(year, kind, branch, series, record);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        kindCounts.setId("activity-kind-counts");
        kindCounts.addClassName("activity-kind-counts");
        total.setId("activity-total");
        itemFigure.setId("activity-item-figure");
        itemFigure.getStyle().set("font-weight", "bold");
        add(new H2(getTranslation("partylife.activity.heading")), bar, itemFigure, total, kindCounts, chart, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        quiet = true;
        QueryNumbers.number(q, "year").ifPresent(y -> year.setValue(y.intValue()));
        q.getSingleParameter("kind").flatMap(k -> Arrays.stream(ActivityKind.values()).filter(x -> x.name().equals(k)).findFirst())
                .ifPresent(kind::setValue);
        QueryNumbers.number(q, "branch").flatMap(b -> branch.getListDataView().getItems().filter(x -> x.getId().equals(b)).findFirst())
                .ifPresent(branch::setValue);
        QueryNumbers.number(q, "series").flatMap(s -> series.getListDataView().getItems().filter(x -> x.getId().equals(s)).findFirst())
                .ifPresent(series::setValue);
        item = q.getSingleParameter("item").filter(ActivityFigures.ITEMS::contains).orElse(null);
        quiet = false;
        refresh();
    }

    private void filtered(boolean byHand) {
        if (byHand) {
            item = null;
        }
        refresh();
    }

    void refresh() {
        if (quiet) {
            return;
        }
        branchNames = org.branchNames();
        ActivityService.Filter f = new ActivityService.Filter(year.getValue(), kind.getValue(),
                branch.getValue() == null ? null : branch.getValue().getId(), series.getValue() == null ? null : series.getValue().getId());
        List<Activity> list = service.activities(f);
        if (item != null) {
            list = list.stream().filter(a -> ActivityFigures.listed(item, ActivityService.row(a))).toList();
            long value = ActivityFigures.total(list.stream().map(ActivityService::row).toList()).get(item);
            itemFigure.setText(getTranslation("partylife.activity.itemFigure", ActivityYearFigures.label(item), value,
                    ActivityYearFigures.unit(item), list.size()));
            itemFigure.getElement().setAttribute("data-value", String.valueOf(value));
        }
        itemFigure.setVisible(item != null);
        grid.setItems(list);
        List<ActivityFigures.Row> rows = list.stream().map(ActivityService::row).toList();
        long people = rows.stream().mapToLong(r -> r.leaders() + r.staff()).sum();
        total.setText(getTranslation("partylife.activity.total", list.size(), people));
        kindCounts.removeAll();
        Map<ActivityKind, ActivityFigures.KindCount> byKind = ActivityFigures.byKind(rows);
        byKind.forEach((k, c) -> {
            Span s = new Span(getTranslation("partylife.activity.kindCount", k.label(), c.activities(), c.personTimes()));
            s.addClassName("activity-kind-count");
            s.getElement().setAttribute("data-kind", k.name());
            s.getElement().setAttribute("data-count", String.valueOf(c.activities()));
            s.getStyle().set("margin-right", "var(--lumo-space-m)");
            kindCounts.add(s);
        });
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>(ActivityService.countsBySeriesAndBranch(list, branchNames));
        chart.show(counts);
        chart.getElement().setAttribute("data-counts", counts.toString());
    }

    private void open(Activity a) {
        new ActivityDialog(service, seriesService, a, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.activity.heading") + " · " + getTranslation("app.brand");
    }
}
