package cn.fuwukuaiche.honour.star.ui;

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
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * 五星评定标准: the star period and the commendation year (settings), and the criteria as data — ADMIN adds a
 * criterion from a date and retires one from a date (never edits it), LEADER reads.
 */
@Route("stars/criteria")
@PageTitle("五星评定标准 · 服务快车")
@Menu(title = "menu.starCriteria", order = 79, icon = "vaadin:star-half-left")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class StarCriteriaView extends VerticalLayout {

    private final StarService stars;
    private final boolean admin;
    private final Grid<StarCriterion> grid = new Grid<>();
    private final RadioButtonGroup<PeriodKind> kind = new RadioButtonGroup<>("评定周期");
    private final IntegerField startMonth = new IntegerField("表彰年度起始月");
    private final IntegerField startDay = new IntegerField("起始日");
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
        Button saveSettings = new Button("保存设置", e -> saveSettings());
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
        grid.addComponentColumn(c -> StarUi.starBadge(c.getStar())).setHeader("星").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> "第" + c.getGroup() + "组").setHeader("条件组").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.toRule().text()).setHeader("条件").setAutoWidth(true);
        grid.addColumn(c -> c.getMetric().source()).setHeader("数据来源").setFlexGrow(1);
        grid.addColumn(c -> Times.format(c.getValidFrom()) + " 起" + (c.getValidUntil() == null ? "" : "，" + Times.format(c.getValidUntil()) + " 停用"))
                .setHeader("适用期间").setAutoWidth(true);
        grid.addColumn(StarCriterion::getNote).setHeader("说明").setAutoWidth(true);
        grid.addComponentColumn(this::retireButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        Button add = new Button("新增条件", e -> addDialog());
        add.setId("criteria-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        Paragraph help = new Paragraph("同一星、同一组的条件须同时满足；不同组满足其一即可（如业绩突出星：办件量前三名，或竞赛获奖）。"
                + "某期间适用“生效日期 ≤ 期间首日 < 停用日期”的条件；条件不修改，只停用后另行新增，已评定的期间不受影响。");
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2("五星评定标准"), settings, new H3("评定条件"), help, add, grid);
        refresh();
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
            Notification.show("已保存", 3000, Notification.Position.TOP_CENTER);
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
            return new Span(c.getValidUntil() == null ? "" : "已停用");
        }
        Button b = new Button("停用", e -> {
            Dialog d = new Dialog();
            d.setHeaderTitle("停用条件：" + c.getStar().label() + " " + c.toRule().text());
            DatePicker until = new DatePicker("自此日起不再适用", Times.today().withDayOfMonth(1).plusMonths(1));
            TextArea reason = new TextArea("原因");
            reason.setWidth("24em");
            Button ok = new Button("停用", x -> {
                try {
                    stars.retireCriterion(c.getId(), c.getVersion(), until.getValue(), reason.getValue());
                    d.close();
                    refresh();
                } catch (BusinessException ex) {
                    (("until".equals(ex.field())) ? until : reason).setInvalid(true);
                    if ("until".equals(ex.field())) {
                        until.setErrorMessage(ex.getMessage());
                    } else {
                        reason.setErrorMessage(ex.getMessage());
                        reason.setInvalid(true);
                    }
                }
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            d.add(new VerticalLayout(until, reason));
            d.getFooter().add(new Button("取消", x -> d.close()), ok);
            d.open();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void addDialog() {
        Dialog d = new Dialog();
        d.setHeaderTitle("新增评定条件");
        ComboBox<StarKind> star = new ComboBox<>("星", StarKind.values());
        star.setItemLabelGenerator(StarKind::label);
        IntegerField group = new IntegerField("条件组");
        group.setValue(1);
        group.setMin(1);
        group.setMax(9);
        ComboBox<StarMetric> metric = new ComboBox<>("指标", StarMetric.values());
        metric.setItemLabelGenerator(m -> m.label() + "（" + m.unit() + "）");
        ComboBox<Comparison> comparison = new ComboBox<>("比较", Comparison.values());
        comparison.setItemLabelGenerator(Comparison::symbol);
        BigDecimalField threshold = new BigDecimalField("标准值");
        DatePicker from = new DatePicker("生效日期（适用于此日及以后开始的期间）", Times.today().withDayOfMonth(1).plusMonths(1));
        TextField note = new TextField("说明");
        Map<String, HasValidation> fields = Map.of("star", star, "group", group, "metric", metric, "comparison", comparison,
                "threshold", threshold, "validFrom", from);
        Button ok = new Button("保存", x -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                stars.addCriterion(star.getValue(), group.getValue() == null ? 0 : group.getValue(), metric.getValue(),
                        comparison.getValue(), threshold.getValue(), from.getValue(), note.getValue());
                d.close();
                refresh();
            } catch (BusinessException ex) {
                HasValidation f = ex.field() == null ? null : fields.get(ex.field());
                if (f != null) {
                    f.setInvalid(true);
                    f.setErrorMessage(ex.getMessage());
                } else {
                    Notification.show(ex.getMessage(), 4000, Notification.Position.TOP_CENTER);
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(star, group, metric, comparison, threshold, from, note));
        d.getFooter().add(new Button("取消", x -> d.close()), ok);
        d.open();
    }
}
