package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.ui.EChart;
import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.AssessmentService;
import cn.fuwukuaiche.evaluation.control.RankingService;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshot;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.Dependent;

/**
 * 月度排名: the month's ranking of windows (or persons), ties sharing a rank (1, 2, 2, 4), the written-down
 * tie-breakers shown above the list, a chart of the totals, "为什么是这个分数" for every place within the
 * caller's scope, the leader's confirmation, and an Excel export. {@code ?month=2026-10&kind=WINDOW}.
 */
@Dependent
@Route("evaluation/ranking")
@PageTitle("月度排名 · 服务快车")
@Menu(title = "menu.ranking", order = 41, icon = "vaadin:trophy")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class RankingView extends VerticalLayout implements BeforeEnterObserver {

    private final RankingService ranking;
    private final AssessmentService assessments;
    private final AssessmentScope scope;
    private final ComboBox<YearMonth> month;
    private final RadioButtonGroup<AssessmentSubject> kind;
    private final Span status = new Span();
    private final Span criteria = new Span();
    private final EChart chart = new EChart("ranking-chart", "320px");
    private final Grid<Ranked<RankingRow>> grid = new Grid<>();
    private final Button confirm = new Button();
    private RankingMonth current;

    private final PersonNames names;

    @Inject
    public RankingView(RankingService ranking, AssessmentService assessments, PersonNames names) {
        this.names = names;
        this.ranking = ranking;
        this.assessments = assessments;
        this.scope = ranking.scope();
        setWidthFull();
        month = AssessmentUi.monthPicker(getTranslation("ranking.month"), "ranking-month", YearMonth.from(Times.today()).minusMonths(1));
        kind = AssessmentUi.kindPicker("ranking-kind", AssessmentSubject.WINDOW);
        month.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());

        confirm.setText(getTranslation("ranking.confirm"));
        confirm.setIcon(VaadinIcon.CHECK_CIRCLE.create());
        confirm.setId("ranking-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> askConfirm());
        confirm.setVisible(false);

        Anchor export = new Anchor(new StreamResource(getTranslation("ranking.title") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("ranking-export");

        HorizontalLayout toolbar = new HorizontalLayout(month, kind, confirm, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        status.setId("ranking-status");
        criteria.setId("ranking-criteria");
        criteria.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        grid.setId("ranking-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(this::rankCell).setHeader(getTranslation("ranking.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.item().subject().label()).setHeader(getTranslation("ranking.subject")).setAutoWidth(true);
        grid.addColumn(r -> r.item().subject().unitName()).setHeader(getTranslation("ranking.unit")).setAutoWidth(true);
        grid.addColumn(r -> AssessmentUi.points(r.item().total())).setHeader(getTranslation("ranking.total")).setAutoWidth(true)
                .setClassNameGenerator(r -> "ranking-total");
        grid.addColumn(r -> AssessmentUi.percent(r.item().satisfactionPercent())).setHeader(getTranslation("ranking.satisfaction"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.item().badCount()).setHeader(getTranslation("ranking.bad")).setAutoWidth(true);
        grid.addComponentColumn(r -> r.item().eligibleForRedFlag() ? new Span("✓")
                : AssessmentUi.badge(getTranslation("ranking.vetoed"), "#fde2e2", "#a8071a"))
                .setHeader(getTranslation("ranking.eligible")).setAutoWidth(true);
        grid.addColumn(r -> r.decidedBy() == null ? (r.tied() ? getTranslation("ranking.tiedAbove") : "")
                : getTranslation("ranking.decidedBy", r.decidedBy())).setHeader(getTranslation("ranking.why")).setAutoWidth(true);
        grid.addComponentColumn(r -> AssessmentUi.statusBadge(r.item().subject().status()))
                .setHeader(getTranslation("ranking.status")).setAutoWidth(true);
        grid.addComponentColumn(this::explainButton).setAutoWidth(true).setFlexGrow(0);
        // every place on the page (a few dozen windows, about a hundred people): the page scrolls, not the grid
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        add(new H2(getTranslation("ranking.title")), toolbar, status, criteria, chart, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        q.getSingleParameter("month").map(m -> AssessmentUi.parseMonth(m, month.getValue())).ifPresent(month::setValue);
        q.getSingleParameter("kind").ifPresent(k -> {
            try {
                kind.setValue(AssessmentSubject.valueOf(k));
            } catch (IllegalArgumentException ignored) {
                // unknown kind in the URL: keep the default
            }
        });
        refresh();
    }

    private void refresh() {
        if (month.getValue() == null || kind.getValue() == null) {
            return;
        }
        try {
            current = ranking.month(kind.getValue(), month.getValue());
        } catch (BusinessException e) {
            current = null;
            grid.setItems(List.of());
            status.setText(e.getMessage());
            criteria.setText("");
            confirm.setVisible(false);
            chart.setOption("{}");
            return;
        }
        grid.setItems(current.rows());
        Optional<RankingSnapshot> confirmed = current.confirmed() ? ranking.confirmedRanking(kind.getValue(), month.getValue())
                : Optional.empty();
        Map<AssessmentStatus, Long> counts = current.statusCounts();
        String state;
        if (confirmed.isPresent()) {
            RankingSnapshot s = confirmed.get();
            state = getTranslation("ranking.confirmedAt", Times.format(s.getConfirmedAt()), names.of(s.getConfirmedBy()), s.getRevision());
        } else if (current.readyToConfirm()) {
            state = getTranslation("ranking.ready", current.rows().size());
        } else {
            state = getTranslation("ranking.progress", counts.getOrDefault(AssessmentStatus.APPROVED, 0L)
                    + counts.getOrDefault(AssessmentStatus.CONFIRMED, 0L), current.rows().size());
        }
        status.setText(AssessmentUi.month(month.getValue()) + " · " + current.scheme().label() + " · " + state);
        criteria.setText(getTranslation("ranking.rules", String.join(" › ", current.scheme().criteriaLabels())));
        confirm.setVisible(scope.canConfirm() && current.readyToConfirm());
        List<Ranked<RankingRow>> shown = current.rows().stream().limit(40).toList();
        chart.setOption(ChartOptions.bars(getTranslation("ranking.chartTitle", AssessmentUi.month(month.getValue()),
                        kind.getValue().label()), getTranslation("ranking.total"),
                shown.stream().map(r -> new ChartOptions.Point(chartLabel(r.item()), r.item().total())).toList(),
                shown.stream().filter(r -> !r.item().eligibleForRedFlag()).map(r -> chartLabel(r.item())).toList(), false));
    }

    private String chartLabel(RankingRow row) {
        return kind.getValue() == AssessmentSubject.WINDOW ? row.subject().sortKey() : row.subject().label();
    }

    private Component rankCell(Ranked<RankingRow> r) {
        Span rank = new Span(getTranslation("ranking.place", r.rank()));
        rank.getStyle().set("font-weight", "600");
        HorizontalLayout cell = new HorizontalLayout(rank);
        cell.setSpacing(false);
        cell.getStyle().set("gap", "0.3em");
        if (r.tied()) {
            cell.add(AssessmentUi.badge(getTranslation("ranking.tied"), "#fff4d6", "#8a5a00"));
        }
        cell.addClassName("rank-cell");
        return cell;
    }

    private Component explainButton(Ranked<RankingRow> r) {
        Button b = new Button(getTranslation("ranking.explain"), VaadinIcon.QUESTION_CIRCLE_O.create());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setId("explain-" + r.item().subject().sortKey().replace('/', '-'));
        b.setEnabled(scope.canSee(r.item().subject().branchId(), r.item().subject().windowId()));
        b.addClickListener(e -> {
            try {
                new RankingExplanationDialog(ranking.explain(kind.getValue(), month.getValue(), r.item().subject().subjectId()),
                        ranking, assessments).open();
            } catch (BusinessException ex) {
                AssessmentUi.error(ex.getMessage());
            }
        });
        return b;
    }

    private void askConfirm() {
        ConfirmDialog d = new ConfirmDialog();
        d.setId("ranking-confirm-dialog");
        d.setHeader(getTranslation("ranking.confirmTitle", AssessmentUi.month(month.getValue()), kind.getValue().label()));
        d.setText(getTranslation("ranking.confirmText", current.rows().size(), current.scheme().label()));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setConfirmText(getTranslation("ranking.confirm"));
        d.addConfirmListener(e -> {
            try {
                ranking.confirmMonth(kind.getValue(), month.getValue());
                AssessmentUi.success(getTranslation("ranking.confirmed"));
            } catch (BusinessException ex) {
                AssessmentUi.error(ex.getMessage());
            }
            refresh();
        });
        d.open();
    }

    private byte[] exportBytes() {
        List<Ranked<RankingRow>> rows = current == null ? List.of() : current.rows();
        String sheet = month.getValue() == null ? getTranslation("ranking.title") : getTranslation("ranking.sheet", AssessmentUi.month(month.getValue()));
        return ExcelExport.toBytes(sheet, List.of(
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.rank"), Ranked::rank),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.tied"), r -> r.tied() ? getTranslation("ranking.tied") : ""),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.subject"), r -> r.item().subject().label()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.unit"), r -> r.item().subject().unitName()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.branch"), r -> r.item().subject().branchName()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.total"), r -> r.item().total()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.deductions"), r -> r.item().deductionTotal()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.bonuses"), r -> r.item().bonusTotal()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.satisfaction"),
                        r -> r.item().satisfactionPercent()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.ratings"), r -> r.item().ratingCount()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.bad"), r -> r.item().badCount()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.eligible"),
                        r -> getTranslation(r.item().eligibleForRedFlag() ? "ranking.export.eligible" : "ranking.export.vetoed")),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.why"), r -> r.decidedBy()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.scheme"), r -> r.item().scheme().label()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.status"), r -> r.item().subject().statusLabel())),
                rows);
    }
}
