package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.partylife.meeting.control.CadenceRules;
import cn.fuwukuaiche.partylife.meeting.control.CadenceService;
import cn.fuwukuaiche.partylife.meeting.control.MeetingService;
import cn.fuwukuaiche.partylife.meeting.entity.Cadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingCadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/** 会议类型与频次: which branches hold each kind, and its cadence with every change (from a period on). */
@Dependent
@Route("party-life/kinds")
@PageTitle("会议类型与频次 · 服务快车")
@Menu(title = "partylife.meeting.menu.kinds", order = 69.5, icon = "vaadin:calendar-clock")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class MeetingKindsView extends VerticalLayout {

    private final MeetingService meetings;
    private final CadenceService cadence;
    private final Grid<MeetingKind> grid = new Grid<>();

    @Inject
    public MeetingKindsView(MeetingService meetings, CadenceService cadence) {
        this.meetings = meetings;
        this.cadence = cadence;
        grid.setId("kinds-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(MeetingKind::getName).setHeader(getTranslation("partylife.meeting.kind")).setAutoWidth(true);
        grid.addComponentColumn(k -> applies(k, true)).setHeader(getTranslation("partylife.cadence.central")).setAutoWidth(true);
        grid.addComponentColumn(k -> applies(k, false)).setHeader(getTranslation("partylife.cadence.joint")).setAutoWidth(true);
        grid.addColumn(k -> k.isPerGroup() ? getTranslation("partylife.cadence.perGroup") : "").setAutoWidth(true);
        grid.addColumn(k -> cadence.cadences(k.getId()).stream()
                        .map(c -> getTranslation("partylife.cadence.from", Times.format(c.getEffectiveFrom()), c.getCadence().label()))
                        .collect(Collectors.joining("；")))
                .setHeader(getTranslation("partylife.cadence.rules")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(k -> getTranslation("partylife.cadence.warnDaysValue", k.getWarnWorkingDays()))
                .setHeader(getTranslation("partylife.cadence.warnDays")).setAutoWidth(true);
        grid.addComponentColumn(k -> {
            Button change = new Button(getTranslation("partylife.cadence.change"), e -> change(k));
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.setId("cadence-change-" + k.getCode());
            Button warn = new Button(getTranslation("partylife.cadence.warnChange"), e -> changeWarn(k));
            warn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            warn.setId("warn-change-" + k.getCode());
            return new HorizontalLayout(change, warn);
        }).setAutoWidth(true);
        add(new H2(getTranslation("partylife.cadence.kindsTitle")), new Paragraph(getTranslation("partylife.cadence.kindsIntro")), grid);
        refresh();
    }

    private Checkbox applies(MeetingKind k, boolean central) {
        Checkbox box = new Checkbox(central ? k.isForCentral() : k.isForJoint());
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                cadence.setApplies(k.getId(), k.getVersion(), central ? e.getValue() : k.isForCentral(), central ? k.isForJoint() : e.getValue());
                EntityForm.saved(getTranslation("partylife.cadence.saved"));
            } catch (cn.fuwukuaiche.base.control.BusinessException ex) {
                cn.fuwukuaiche.base.ui.FriendlyErrorHandler.show(ex.getMessage());
            }
            refresh();
        });
        return box;
    }

    private void refresh() {
        grid.setItems(meetings.kinds());
    }

    private void changeWarn(MeetingKind k) {
        EditDialog dialog = new EditDialog(getTranslation("partylife.cadence.warnTitle", k.getName()), getTranslation("action.save"),
                "warn-save");
        IntegerField days = dialog.form().field("warnDays", new IntegerField(getTranslation("partylife.cadence.warnDays")),
                v -> java.util.Optional.ofNullable(CadenceRules.warnDaysProblem(v)));
        days.setValue(k.getWarnWorkingDays());
        days.setHelperText(getTranslation("partylife.cadence.warnHelp"));
        TextField reason = dialog.form().field("reason", new TextField(getTranslation("partylife.cadence.reason")));
        dialog.onSave(() -> {
            cadence.setWarnDays(k.getId(), k.getVersion(), days.getValue(), reason.getValue());
            EntityForm.saved(getTranslation("partylife.cadence.saved"));
            refresh();
        });
        dialog.open();
    }

    private void change(MeetingKind k) {
        EditDialog dialog = new EditDialog(getTranslation("partylife.cadence.changeTitle", k.getName()), getTranslation("action.save"),
                "cadence-save");
        ComboBox<Cadence> c = dialog.form().field("cadence", new ComboBox<>(getTranslation("partylife.cadence.cadence")));
        c.setItems(Cadence.values());
        c.setItemLabelGenerator(Cadence::label);
        cadence.cadences(k.getId()).stream().reduce((a, b) -> b).map(MeetingCadence::getCadence).ifPresent(c::setValue);
        DatePicker from = dialog.form().field("from", new DatePicker(getTranslation("partylife.cadence.effectiveFrom")));
        from.setI18n(ChineseDates.i18n());
        from.setHelperText(getTranslation("partylife.cadence.effectiveFromHelp"));
        TextField reason = dialog.form().field("reason", new TextField(getTranslation("partylife.cadence.reason")));
        dialog.onSave(() -> {
            cadence.changeCadence(k.getId(), c.getValue(), from.getValue(), reason.getValue());
            EntityForm.saved(getTranslation("partylife.cadence.saved"));
            refresh();
        });
        dialog.open();
    }
}
