package cn.fuwukuaiche.honour.star.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.star.control.StarService;
import cn.fuwukuaiche.honour.star.entity.Comparison;
import cn.fuwukuaiche.honour.star.entity.PeriodKind;
import cn.fuwukuaiche.honour.star.entity.StarCriterion;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;
import cn.fuwukuaiche.honour.star.entity.StarSetting;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 五星评定标准: the star period and the commendation year (settings), and the criteria as data — ADMIN adds a
 * criterion from a date and retires one from a date (never edits it), LEADER reads.
 */
@Dependent
@Route("stars/criteria")
@Menu(title = "menu.starCriteria", order = 79, icon = "vaadin:star-half-left")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class StarCriteriaView extends VerticalLayout implements HasDynamicTitle {

    private final StarService stars;
    private final boolean admin;
    private final Grid<StarCriterion> grid = new Grid<>();
    private final RadioButtonGroup<PeriodKind> kind = new RadioButtonGroup<>(getTranslation("star.criteria.periodKind"));
    private final IntegerField startMonth = new IntegerField(getTranslation("star.criteria.yearStartMonth"));
    private final IntegerField startDay = new IntegerField(getTranslation("star.criteria.yearStartDay"));
    private StarSetting setting;

    @Inject
    public StarCriteriaView(StarService stars, CurrentUser currentUser) {
        this.stars = stars;
        this.admin = currentUser.is(Role.ADMIN);
        setWidthFull();
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(PeriodKind::label);
        kind.setId("criteria-period-kind");
        startMonth.setMin(1);
        startMonth.setMax(12);
        startDay.setMin(1);
        startDay.setMax(31);
        Button saveSettings = new Button(getTranslation("star.criteria.saveSettings"), e -> saveSettings());
        saveSettings.setId("criteria-save-settings");
        saveSettings.setVisible(admin);
        kind.setReadOnly(!admin);
        startMonth.setReadOnly(!admin);
        startDay.setReadOnly(!admin);
        HorizontalLayout settings = new HorizontalLayout(kind, startMonth, startDay, saveSettings);
        settings.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        settings.setWrap(true);

        grid.setId("criteria-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> StarUi.starBadge(c.getStar())).setHeader(getTranslation("star.criteria.star")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("star.criteria.groupValue", c.getGroup())).setHeader(getTranslation("star.criteria.group")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.toRule().text()).setHeader(getTranslation("star.criteria.rule")).setAutoWidth(true);
        grid.addColumn(c -> c.getMetric().source()).setHeader(getTranslation("star.criteria.source")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("star.criteria.validity", Times.format(c.getValidFrom()), c.getValidUntil() == null ? ""
                        : getTranslation("star.criteria.validUntil", Times.format(c.getValidUntil()))))
                .setHeader(getTranslation("star.criteria.validityHeader")).setAutoWidth(true);
        grid.addColumn(StarCriterion::getNote).setHeader(getTranslation("star.criteria.note")).setAutoWidth(true);
        grid.addComponentColumn(this::retireButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        Button add = new Button(getTranslation("star.criteria.add"), e -> addDialog());
        add.setId("criteria-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        Paragraph help = new Paragraph(getTranslation("star.criteria.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2(getTranslation("menu.starCriteria")), settings, new H3(getTranslation("star.criteria.criteria")), help, add, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.starCriteria") + " · " + getTranslation("app.brand");
    }

    private void refresh() {
        setting = stars.settings();
        kind.setValue(setting.getPeriodKind());
        startMonth.setValue(setting.getYearStartMonth());
        startDay.setValue(setting.getYearStartDay());
        grid.setItems(stars.criteria());
    }

    private void saveSettings() {
        try {
            stars.saveSettings(kind.getValue(), startMonth.getValue() == null ? 0 : startMonth.getValue(),
                    startDay.getValue() == null ? 0 : startDay.getValue(), setting.getVersion());
            Notification.show(getTranslation("star.criteria.saved"), 3000, Notification.Position.TOP_CENTER);
            refresh();
        } catch (BusinessException e) {
            Map<String, HasValidation> fields = Map.of("yearStart", startMonth);
            HasValidation f = e.field() == null ? null : fields.get(e.field());
            if (f != null) {
                f.setInvalid(true);
                f.setErrorMessage(e.getMessage());
            } else {
                Notification.show(e.getMessage(), 4000, Notification.Position.TOP_CENTER);
            }
        }
    }

    private Component retireButton(StarCriterion c) {
        if (!admin || c.getValidUntil() != null) {
            return new Span(c.getValidUntil() == null ? "" : getTranslation("star.criteria.retired"));
        }
        Button b = new Button(getTranslation("star.criteria.retire"), e -> {
            EditDialog d = new EditDialog(getTranslation("star.criteria.retireTitle", c.getStar().label(), c.toRule().text()),
                    getTranslation("star.criteria.retire"), "criterion-retire-ok");
            d.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
            d.form().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            DatePicker until = d.form().field("until", ChineseDates.picker(getTranslation("star.criteria.retireFrom")));
            until.setValue(Times.today().withDayOfMonth(1).plusMonths(1));
            TextArea reason = d.form().field("reason", new TextArea(getTranslation("star.criteria.reason")));
            reason.setWidth("24em");
            d.onSave(() -> {
                stars.retireCriterion(c.getId(), c.getVersion(), until.getValue(), reason.getValue());
                refresh();
            }).open();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void addDialog() {
        EditDialog d = new EditDialog(getTranslation("star.criteria.addTitle"), "criterion-save");
        EntityForm form = d.form();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        ComboBox<StarKind> star = form.field("star", new ComboBox<>(getTranslation("star.criteria.star"), StarKind.values()));
        star.setItemLabelGenerator(StarKind::label);
        IntegerField group = form.field("group", new IntegerField(getTranslation("star.criteria.group")));
        group.setValue(1);
        group.setMin(1);
        group.setMax(9);
        ComboBox<StarMetric> metric = form.field("metric", new ComboBox<>(getTranslation("star.criteria.metric"), StarMetric.values()));
        metric.setItemLabelGenerator(m -> getTranslation("star.criteria.metricLabel", m.label(), m.unit()));
        ComboBox<Comparison> comparison = form.field("comparison", new ComboBox<>(getTranslation("star.criteria.comparison"), Comparison.values()));
        comparison.setItemLabelGenerator(Comparison::symbol);
        BigDecimalField threshold = form.field("threshold", new BigDecimalField(getTranslation("star.criteria.threshold")));
        DatePicker from = form.field("validFrom", ChineseDates.picker(getTranslation("star.criteria.validFrom")));
        from.setValue(Times.today().withDayOfMonth(1).plusMonths(1));
        TextField note = form.field("note", new TextField(getTranslation("star.criteria.note")));
        d.onSave(() -> {
            stars.addCriterion(star.getValue(), group.getValue() == null ? 0 : group.getValue(), metric.getValue(),
                    comparison.getValue(), threshold.getValue(), from.getValue(), note.getValue());
            refresh();
        }).open();
    }
}
