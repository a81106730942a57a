package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.evaluation.control.RatingQueryService;
import cn.fuwukuaiche.evaluation.control.RatingQueryService.RatingFilter;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import java.util.List;
import java.util.Objects;
import jakarta.enterprise.context.Dependent;

/**
 * 好差评记录: the ratings in the caller's scope (STAFF their window, SECRETARY their branch, LEADER and ADMIN
 * all), newest first, with the satisfaction rate of the filtered set and an Excel export.
 */
@Dependent
@Route("ratings")
@PageTitle("好差评记录 · 服务快车")
@Menu(title = "menu.ratings", order = 20, icon = "vaadin:smiley-o")
@RolesAllowed({Role.Names.STAFF, Role.Names.SECRETARY, Role.Names.LEADER, Role.Names.ADMIN})
public class RatingListView extends VerticalLayout {

    private static final int EXPORT_LIMIT = 100_000;

    private final RatingQueryService ratings;
    private final ComboBox<ServiceWindow> window = new ComboBox<>();
    private final ComboBox<RatingLevel> level = new ComboBox<>();
    private final Checkbox badOnly = new Checkbox();
    private final DatePicker from;
    private final DatePicker to;
    private final Span stats = new Span();
    private final Grid<Rating> grid = new Grid<>();

    @Inject
    public RatingListView(RatingQueryService ratings) {
        this.ratings = ratings;
        setSizeFull();
        List<ServiceWindow> windows = ratings.windows();
        windowFilter(window, windows, "ratings-window");
        if (windows.size() == 1) {
            window.setValue(windows.get(0));
        }
        level.setLabel(getTranslation("ratings.level"));
        level.setItems(RatingLevel.values());
        level.setItemLabelGenerator(RatingLevel::label);
        level.setClearButtonVisible(true);
        level.setId("ratings-level");
        badOnly.setLabel(getTranslation("ratings.badOnly"));
        badOnly.setId("ratings-bad-only");
        from = ChineseDates.picker(getTranslation("ratings.from"));
        to = ChineseDates.picker(getTranslation("ratings.to"));
        window.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        badOnly.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Anchor export = new Anchor(new StreamResource(getTranslation("ratings.title") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("ratings-export");

        stats.setId("ratings-stats");
        stats.addClassName("ratings-stats");
        grid.setId("ratings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Times.format(r.getRatedAt())).setHeader(getTranslation("ratings.time")).setAutoWidth(true);
        grid.addColumn(r -> r.getWindow().label()).setHeader(getTranslation("ratings.window")).setAutoWidth(true);
        grid.addColumn(r -> r.getStaff() == null ? "" : r.getStaff().getName()).setHeader(getTranslation("ratings.staff")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.getLevel().label());
            s.addClassNames("level-badge", r.isBad() ? "bad" : "good");
            return s;
        }).setHeader(getTranslation("ratings.level")).setAutoWidth(true);
        grid.addColumn(r -> r.getChannel().label()).setHeader(getTranslation("ratings.channel")).setAutoWidth(true);
        grid.addColumn(RatingListView::subScores).setHeader(getTranslation("ratings.scores")).setAutoWidth(true);
        grid.addColumn(r -> Objects.toString(r.getComment(), "")).setHeader(getTranslation("ratings.comment")).setFlexGrow(1);
        grid.addColumn(r -> r.isExcluded() ? getTranslation("ratings.excluded") : "").setHeader(getTranslation("ratings.note"))
                .setAutoWidth(true);

        HorizontalLayout filters = new HorizontalLayout(window, level, from, to, badOnly, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("ratings.title")), filters, stats, grid);
        refresh();
    }

    /** The 窗口 filter of the ratings' pages: the windows the caller may see, cleared for all of them. */
    static void windowFilter(ComboBox<ServiceWindow> window, List<ServiceWindow> windows, String id) {
        window.setLabel(Messages.t("ratings.window"));
        window.setItems(windows);
        window.setItemLabelGenerator(ServiceWindow::label);
        window.setClearButtonVisible(true);
        window.setId(id);
    }

    static String subScores(Rating r) {
        if (r.getOverall() == null && r.getEfficiency() == null && r.getCompetence() == null && r.getAttitude() == null) {
            return "";
        }
        return Messages.t("ratings.subScores", dash(r.getOverall()), dash(r.getEfficiency()), dash(r.getCompetence()),
                dash(r.getAttitude()));
    }

    private static String dash(Integer i) {
        return i == null ? "–" : String.valueOf(i);
    }

    private RatingFilter filter() {
        return new RatingFilter(window.getValue() == null ? null : window.getValue().getId(), level.getValue(), badOnly.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        RatingFilter f = filter();
        RatingQueryService.RatingStats s = ratings.stats(f);
        stats.setText(getTranslation("ratings.stats", s.total(), s.bad(), s.excluded(),
                s.satisfactionPercent() == null ? "–" : String.format("%.1f%%", s.satisfactionPercent())));
        grid.setItems(q -> ratings.find(f, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, ratings.count(f)));
    }

    private byte[] exportBytes() {
        return ExcelExport.toBytes(getTranslation("ratings.title"), List.of(
                new ExcelExport.Column<Rating>(getTranslation("ratings.time"), r -> Times.format(r.getRatedAt())),
                new ExcelExport.Column<Rating>(getTranslation("ratings.window"), r -> r.getWindow().label()),
                new ExcelExport.Column<Rating>(getTranslation("ratings.staff"), r -> r.getStaff() == null ? null : r.getStaff().getName()),
                new ExcelExport.Column<Rating>(getTranslation("ratings.level"), r -> r.getLevel().label()),
                new ExcelExport.Column<Rating>(getTranslation("ratings.channel"), r -> r.getChannel().label()),
                new ExcelExport.Column<Rating>(getTranslation("pad.score.overall"), Rating::getOverall),
                new ExcelExport.Column<Rating>(getTranslation("pad.score.efficiency"), Rating::getEfficiency),
                new ExcelExport.Column<Rating>(getTranslation("pad.score.competence"), Rating::getCompetence),
                new ExcelExport.Column<Rating>(getTranslation("pad.score.attitude"), Rating::getAttitude),
                new ExcelExport.Column<Rating>(getTranslation("ratings.comment"), Rating::getComment),
                new ExcelExport.Column<Rating>(getTranslation("ratings.note"), r -> r.isExcluded() ? getTranslation("ratings.excluded") : null)),
                ratings.find(filter(), 0, EXPORT_LIMIT));
    }
}
