package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PhoneColumns;
import cn.fuwukuaiche.evaluation.control.AssessmentService;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.ScoreLine;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * 月度考评: the month's sheets within the caller's scope (STAFF their window, SECRETARY their branch, LEADER
 * and ADMIN all), with status, score as it stands and who did what; staff start a sheet here. Exports to Excel.
 */
@Dependent
@Route("evaluation/assessments")
@PageTitle("月度考评 · 服务快车")
@Menu(title = "menu.assessments", order = 40, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class AssessmentListView extends VerticalLayout {

    private final AssessmentService assessments;
    private final AssessmentScope scope;
    private final ComboBox<YearMonth> month;
    private final RadioButtonGroup<AssessmentSubject> kind;
    private final Span summary = new Span();
    private final Grid<Ranked<RankingRow>> grid = new Grid<>();
    private List<Ranked<RankingRow>> rows = List.of();

    @Inject
    public AssessmentListView(AssessmentService assessments) {
        this.assessments = assessments;
        this.scope = assessments.scope();
        setSizeFull();
        month = AssessmentUi.monthPicker(getTranslation("ranking.month"), "assess-month", YearMonth.from(Times.today()));
        kind = AssessmentUi.kindPicker("assess-kind", AssessmentSubject.WINDOW);
        month.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(new StreamResource(getTranslation("assess.title") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("assess-export");
        HorizontalLayout toolbar = new HorizontalLayout(month, kind, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        summary.setId("assess-summary");

        grid.setId("assessments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        List<Grid.Column<Ranked<RankingRow>>> wide = new ArrayList<>();
        wide.add(grid.addColumn(r -> r.item().subject().label()).setHeader(getTranslation("ranking.subject")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> r.item().subject().branchName()).setHeader(getTranslation("ranking.branch")).setAutoWidth(true));
        wide.add(grid.addComponentColumn(r -> AssessmentUi.statusBadge(r.item().subject().status()))
                .setHeader(getTranslation("ranking.status")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> AssessmentUi.points(r.item().total())).setHeader(getTranslation("assess.scoreNow")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> r.item().eligibleForRedFlag() ? "" : getTranslation("ranking.vetoed"))
                .setHeader(getTranslation("assess.veto")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> r.item().score().lines(ScoreLine.Kind.DEDUCTION).size() + r.item().score().lines(ScoreLine.Kind.BONUS).size())
                .setHeader(getTranslation("assess.lines")).setAutoWidth(true));
        // on a phone: one card column (who, status, score) beside the action
        Grid.Column<Ranked<RankingRow>> card = grid.addComponentColumn(this::phoneCard).setHeader(getTranslation("ranking.subject"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::action).setAutoWidth(true).setFlexGrow(0).setHeader(getTranslation("assess.action"));
        PhoneColumns.install(grid, wide, List.of(card));
        grid.setSizeFull();
        add(new H2(getTranslation("assess.title")), toolbar, summary, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        if (month.getValue() == null || kind.getValue() == null) {
            return;
        }
        try {
            rows = assessments.overview(kind.getValue(), month.getValue());
        } catch (BusinessException e) {
            rows = List.of();
            summary.setText(e.getMessage());
            grid.setItems(rows);
            return;
        }
        grid.setItems(rows);
        Map<AssessmentStatus, Long> counts = new EnumMap<>(AssessmentStatus.class);
        long none = 0;
        for (Ranked<RankingRow> r : rows) {
            AssessmentStatus s = r.item().subject().status();
            if (s == null) {
                none++;
            } else {
                counts.merge(s, 1L, Long::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(s.label() + " " + n));
        if (none > 0) {
            parts.add(getTranslation("assess.notFiledCount", none));
        }
        summary.setText(getTranslation("assess.summary", AssessmentUi.month(month.getValue()), rows.size(),
                parts.stream().collect(Collectors.joining("，"))));
    }

    private Component phoneCard(Ranked<RankingRow> r) {
        Span who = new Span(r.item().subject().label());
        who.addClassName("phone-card-title");
        Span score = new Span(getTranslation("assess.phoneScore", AssessmentUi.points(r.item().total())));
        Div line = new Div(AssessmentUi.statusBadge(r.item().subject().status()), score);
        line.addClassName("phone-card-line");
        Div card = new Div(who, line);
        card.addClassName("phone-card");
        return card;
    }

    private Component action(Ranked<RankingRow> r) {
        Long id = r.item().subject().assessmentId();
        String sortKey = r.item().subject().sortKey().replace('/', '-');
        if (id != null) {
            Button open = new Button(getTranslation("assess.open"), e -> getUI().ifPresent(ui ->
                    ui.navigate(AssessmentSheetView.class, id)));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("open-" + sortKey);
            return open;
        }
        Button start = new Button(getTranslation("assess.start"), VaadinIcon.EDIT.create());
        start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        start.setId("start-" + sortKey);
        start.setVisible(scope.canFill(r.item().subject().windowId()));
        start.addClickListener(e -> {
            try {
                long created = assessments.open(kind.getValue(), month.getValue(), r.item().subject().windowId(),
                        r.item().subject().staffId());
                getUI().ifPresent(ui -> ui.navigate(AssessmentSheetView.class, created));
            } catch (BusinessException ex) {
                AssessmentUi.error(ex.getMessage());
            }
        });
        return start;
    }

    private byte[] exportBytes() {
        String sheet = month.getValue() == null ? getTranslation("assess.title") : getTranslation("assess.sheet", AssessmentUi.month(month.getValue()));
        return ExcelExport.toBytes(sheet, List.of(
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.subject"), r -> r.item().subject().label()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.unit"), r -> r.item().subject().unitName()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.branch"), r -> r.item().subject().branchName()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.status"), r -> r.item().subject().statusLabel()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.scheme"), r -> r.item().scheme().label()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.total"), r -> r.item().total()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.deductions"), r -> r.item().deductionTotal()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.bonuses"), r -> r.item().bonusTotal()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.satisfaction"), r -> r.item().satisfactionPercent()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("ranking.bad"), r -> r.item().badCount()),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("assess.veto"),
                        r -> r.item().eligibleForRedFlag() ? "" : getTranslation("assess.veto")),
                new ExcelExport.Column<Ranked<RankingRow>>(getTranslation("assess.detail"), r -> r.item().score().lines().stream()
                        .filter(l -> l.kind() != ScoreLine.Kind.ITEM && l.kind() != ScoreLine.Kind.RATING)
                        .map(ScoreLine::explanation).collect(Collectors.joining("；")))), rows);
    }
}
