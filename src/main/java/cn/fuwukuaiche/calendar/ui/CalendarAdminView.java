package cn.fuwukuaiche.calendar.ui;

import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.control.CalendarService;
import cn.fuwukuaiche.calendar.entity.CalendarDay;
import cn.fuwukuaiche.calendar.entity.CalendarDayKind;
import cn.fuwukuaiche.calendar.entity.CalendarYear;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jakarta.enterprise.context.Dependent;

/**
 * 工作日历 (ADMIN): per year, the holidays and make-up working days (调休上班) from the State Council notice,
 * and a checker ("N 个工作日后是哪天") to verify an entry. A year not entered is shown as unknown: deadlines
 * that need it refuse to compute until it is entered.
 */
@Dependent
@Route("admin/calendar")
@PageTitle("工作日历 · 服务快车")
@Menu(title = "menu.calendar", order = 78, icon = "vaadin:calendar")
@RolesAllowed(Role.Names.ADMIN)
public class CalendarAdminView extends VerticalLayout {

    private final CalendarService calendar;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Paragraph notice = new Paragraph();
    private final Span summary = new Span();
    private final Grid<CalendarDay> grid = new Grid<>();
    private final TextField holidayName = new TextField();
    /** The two in-place forms (their fields laid out in rows), by the names the service uses. */
    private final EntityForm holidayForm = new EntityForm();
    private final EntityForm makeUpForm = new EntityForm();
    private final DatePicker from;
    private final DatePicker to;
    private final DatePicker makeUp;
    private final DatePicker checkFrom;
    private final IntegerField checkDays = new IntegerField();
    private final Span checkResult = new Span();

    @Inject
    public CalendarAdminView(CalendarService calendar) {
        this.calendar = calendar;
        setSizeFull();
        year.setLabel(getTranslation("calendar.year"));
        year.setItemLabelGenerator(y -> getTranslation("calendar.yearLabel", String.valueOf(y)));
        year.setId("calendar-year");
        year.addValueChangeListener(e -> showYear());
        Button addYear = new Button(getTranslation("calendar.addYear"), VaadinIcon.PLUS.create(), e -> addYear());
        addYear.setId("calendar-add-year");
        HorizontalLayout top = new HorizontalLayout(year, addYear);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        notice.setId("calendar-notice");
        summary.setId("calendar-summary");

        grid.setId("calendar-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(d -> Times.format(d.getDate())).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        grid.addColumn(d -> d.getDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)).setHeader(getTranslation("calendar.weekday"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.getKind().label()).setHeader(getTranslation("calendar.kind")).setAutoWidth(true);
        grid.addColumn(d -> Objects.toString(d.getHolidayName(), "")).setHeader(getTranslation("calendar.holidayName")).setFlexGrow(1);
        grid.addComponentColumn(d -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(d));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("calendar.remove"));
            return remove;
        }).setAutoWidth(true);
        grid.setHeight("420px");
        grid.setMinHeight("420px"); // in the full-height layout the grid would otherwise shrink to one row

        holidayName.setLabel(getTranslation("calendar.holidayName"));
        holidayName.setPlaceholder(getTranslation("calendar.holidayPlaceholder"));
        holidayName.setId("holiday-name");
        from = ChineseDates.picker(getTranslation("calendar.from"));
        from.setId("holiday-from");
        to = ChineseDates.picker(getTranslation("calendar.to"));
        to.setId("holiday-to");
        holidayForm.bind("holidayName", holidayName);
        holidayForm.bind("from", from);
        holidayForm.bind("to", to);
        holidayForm.bind("year", year);
        Button addHoliday = new Button(getTranslation("calendar.addHoliday"), e -> addHoliday());
        addHoliday.setId("add-holiday");
        HorizontalLayout holidayRow = new HorizontalLayout(holidayName, from, to, addHoliday);
        holidayRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        holidayRow.setWrap(true);
        makeUp = ChineseDates.picker(getTranslation("calendar.makeUpDate"));
        makeUp.setId("make-up-date");
        makeUpForm.bind("makeUpDate", makeUp);
        makeUpForm.bind("year", year);
        Button addMakeUp = new Button(getTranslation("calendar.addMakeUp"), e -> addMakeUp());
        addMakeUp.setId("add-make-up");
        HorizontalLayout makeUpRow = new HorizontalLayout(makeUp, addMakeUp);
        makeUpRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        checkFrom = ChineseDates.picker(getTranslation("calendar.checkFrom"));
        checkFrom.setValue(Times.today());
        checkFrom.setId("check-from");
        checkDays.setLabel(getTranslation("calendar.checkDays"));
        checkDays.setValue(5);
        checkDays.setMin(0);
        checkDays.setStepButtonsVisible(true);
        checkDays.setId("check-days");
        Button check = new Button(getTranslation("calendar.check"), e -> check());
        check.setId("check");
        checkResult.setId("check-result");
        checkResult.addClassName("check-result");
        HorizontalLayout checker = new HorizontalLayout(checkFrom, checkDays, check, checkResult);
        checker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        checker.setWrap(true);

        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")), top, notice, summary, grid,
                new H3(getTranslation("calendar.addHoliday")), holidayRow, new H3(getTranslation("calendar.addMakeUp")), makeUpRow,
                new H3(getTranslation("calendar.checker")), checker);
        loadYears(Times.today().getYear());
    }

    private void loadYears(int select) {
        List<Integer> years = calendar.years().stream().map(CalendarYear::getCalendarYear).toList();
        year.setItems(years);
        if (years.contains(select)) {
            year.setValue(select);
        } else if (!years.isEmpty()) {
            year.setValue(years.get(years.size() - 1));
        } else {
            showYear();
        }
    }

    private CalendarYear selected() {
        Integer y = year.getValue();
        return y == null ? null : calendar.years().stream().filter(c -> c.getCalendarYear() == y).findFirst().orElse(null);
    }

    private void showYear() {
        CalendarYear y = selected();
        if (y == null) {
            grid.setItems(List.of());
            notice.setText(getTranslation("calendar.noYear"));
            summary.setText("");
            return;
        }
        notice.setText(getTranslation("calendar.notice", Objects.toString(y.getNotice(), "—")));
        grid.setItems(calendar.days(y.getCalendarYear()));
        WorkCalendar cal = calendar.calendar();
        int working = 0;
        int off = 0;
        for (LocalDate d = LocalDate.of(y.getCalendarYear(), 1, 1); d.getYear() == y.getCalendarYear(); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                working++;
            } else {
                off++;
            }
        }
        long holidays = calendar.days(y.getCalendarYear()).stream().filter(d -> d.getKind() == CalendarDayKind.HOLIDAY).count();
        long makeUps = calendar.days(y.getCalendarYear()).size() - holidays;
        summary.setText(getTranslation("calendar.summary", y.getCalendarYear(), working, off, holidays, makeUps));
    }

    private void addYear() {
        EditDialog dialog = new EditDialog(getTranslation("calendar.addYear"), "save-year");
        IntegerField y = dialog.form().field("year", new IntegerField(getTranslation("calendar.year")));
        y.setValue(Times.today().getYear() + 1);
        y.setId("new-year");
        TextField n = dialog.form().field("notice", new TextField(getTranslation("calendar.noticeLabel")));
        n.setWidthFull();
        n.setId("new-year-notice");
        dialog.onSave(() -> {
            CalendarYear created = calendar.addYear(y.getValue() == null ? 0 : y.getValue(), n.getValue());
            loadYears(created.getCalendarYear());
        }).open();
    }

    private void addHoliday() {
        CalendarYear y = selected();
        if (y == null) {
            return;
        }
        attempt(holidayForm, () -> calendar.addHoliday(y.getCalendarYear(), holidayName.getValue(), from.getValue(), to.getValue(),
                y.getVersion()));
    }

    private void addMakeUp() {
        CalendarYear y = selected();
        if (y == null) {
            return;
        }
        attempt(makeUpForm, () -> calendar.addMakeUpDay(y.getCalendarYear(), makeUp.getValue(), y.getVersion()));
    }

    private void remove(CalendarDay d) {
        calendar.removeDay(d.getId(), d.getVersion(), null);
        showYear();
    }

    /** Adds a day through its form: refusals beside their fields, a stale year as 数据已被他人修改. */
    private void attempt(EntityForm form, SerializableRunnable action) {
        if (form.save(action)) {
            EntityForm.saved(getTranslation("ratings.saved"));
            showYear();
        }
    }

    private void check() {
        if (checkFrom.getValue() == null || checkDays.getValue() == null || checkDays.getValue() < 0) {
            checkResult.setText(getTranslation("calendar.checkMissing"));
            return;
        }
        try {
            LocalDate result = calendar.calendar().plusWorkingDays(checkFrom.getValue(), checkDays.getValue());
            checkResult.setText(getTranslation("calendar.checkResult", checkDays.getValue(), Times.format(result),
                    result.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)));
        } catch (UnknownYearException e) {
            checkResult.setText(e.getMessage());
        } catch (IllegalArgumentException e) {
            checkResult.setText(e.getMessage());
        }
    }
}
