package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** The date picker in Chinese, dates as yyyy-MM-dd, weeks starting on Monday. */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static DatePicker.DatePickerI18n i18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list("date.monthNames"));
        i18n.setWeekdays(list("date.weekdays"));
        i18n.setWeekdaysShort(list("date.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(Messages.t("date.today"));
        i18n.setCancel(Messages.t("action.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        return i18n;
    }

    private static List<String> list(String key) {
        return List.of(Messages.t(key).split(","));
    }

    public static DatePicker picker(String label) {
        DatePicker p = new DatePicker(label);
        p.setI18n(i18n());
        p.setClearButtonVisible(true);
        return p;
    }
}
