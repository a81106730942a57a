package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** The date picker in Chinese, dates as yyyy-MM-dd, weeks starting on Monday. */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static DatePicker.DatePickerI18n i18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"));
        i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
        i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("今天");
        i18n.setCancel("取消");
        i18n.setDateFormat("yyyy-MM-dd");
        return i18n;
    }

    public static DatePicker picker(String label) {
        DatePicker p = new DatePicker(label);
        p.setI18n(i18n());
        p.setClearButtonVisible(true);
        return p;
    }
}
