package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small pieces the evaluation pages share: the month picker, the window/person switch, badges, number formats. */
final class AssessmentUi {

    private AssessmentUi() {
    }

    /** The current month and the 23 before it, newest first, labelled "2026年10月". */
    static ComboBox<YearMonth> monthPicker(String label, String id, YearMonth selected) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.from(Times.today());
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        ComboBox<YearMonth> box = new ComboBox<>(label, months);
        box.setItemLabelGenerator(AssessmentUi::month);
        box.setId(id);
        box.setAllowCustomValue(false);
        box.setValue(months.contains(selected) ? selected : now.minusMonths(1));
        box.setWidth("10em");
        return box;
    }

    static RadioButtonGroup<AssessmentSubject> kindPicker(String id, AssessmentSubject selected) {
        RadioButtonGroup<AssessmentSubject> kind = new RadioButtonGroup<>();
        kind.setItems(AssessmentSubject.values());
        kind.setItemLabelGenerator(k -> Messages.t(k == AssessmentSubject.WINDOW ? "assess.kind.window" : "assess.kind.person"));
        kind.setValue(selected);
        kind.setId(id);
        kind.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        return kind;
    }

    static String month(YearMonth m) {
        return Messages.t("common.yearMonth", String.valueOf(m.getYear()), String.valueOf(m.getMonthValue()));
    }

    static YearMonth parseMonth(String value, YearMonth fallback) {
        try {
            return value == null ? fallback : YearMonth.parse(value);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** "98", "97.5" — points as a score sheet prints them. */
    static String points(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** "+2", "−1.5", "0" for a line's contribution. */
    static String signed(BigDecimal v) {
        if (v == null || v.signum() == 0) {
            return "0";
        }
        return (v.signum() > 0 ? "+" : "−") + points(v.abs());
    }

    static String percent(BigDecimal v) {
        return v == null ? Messages.t("assess.noRatings") : points(v) + "%";
    }

    static Span statusBadge(AssessmentStatus status) {
        Span s = badge(status == null ? Messages.t("assess.notFiled") : status.label(), status == null ? "#f0f0f0" : switch (status) {
            case DRAFT -> "#eef2f7";
            case SUBMITTED -> "#fff4d6";
            case RETURNED -> "#fde2e2";
            case APPROVED -> "#e3f4e6";
            case CONFIRMED -> "#d4edda";
        }, status == AssessmentStatus.RETURNED ? "#a8071a" : "#333");
        s.addClassName("status-badge");
        return s;
    }

    /** A small rounded label; the theme has no Lumo badge styles (they would need a frontend build). */
    static Span badge(String text, String background, String color) {
        Span s = new Span(text);
        s.getStyle().set("background", background).set("color", color).set("border-radius", "1em")
                .set("padding", "0.1em 0.6em").set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return s;
    }

    static void success(String text) {
        Notification.show(text, 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows a refusal beside its field when the page has that field, else as a notification. */
    static void show(BusinessException e, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        EntityForm.show(e, fields);
    }
}
