package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.partylife.meeting.control.MeetingAttendanceService;
import cn.fuwukuaiche.partylife.meeting.entity.MakeUp;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

/** 我的组织生活: a member's planned meetings, his year (应到, 出席, 请假, 缺席) and his make-ups (补学), which he marks done. */
@Dependent
@Route("party-life/my")
@PageTitle("我的组织生活 · 服务快车")
@Menu(title = "partylife.meeting.menu.my", order = 68, icon = "vaadin:user-check")
@PermitAll
public class MyPartyLifeView extends VerticalLayout {

    private final MeetingAttendanceService service;
    private final VerticalLayout content = new VerticalLayout();

    @Inject
    public MyPartyLifeView(MeetingAttendanceService service) {
        this.service = service;
        addClassName("my-party-life");
        content.setPadding(false);
        add(new H2(getTranslation("partylife.meeting.my.title")), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        MeetingAttendanceService.Mine mine = service.mine();
        if (mine.year() == null) {
            content.add(new Paragraph(getTranslation("partylife.meeting.my.notMember")));
            return;
        }
        MeetingAttendanceService.MemberYear y = mine.year();
        Paragraph year = new Paragraph(getTranslation("partylife.meeting.my.year", String.valueOf(Times.today().getYear()), y.due(), y.attended(),
                y.excused(), y.absent(), y.makeUpsOwed(), y.makeUpsDone()));
        year.setId("my-year");
        Grid<PartyMeeting> upcoming = new Grid<>();
        upcoming.setId("my-upcoming");
        upcoming.setAllRowsVisible(true);
        upcoming.addColumn(m -> Times.format(m.getStartsAt()).substring(0, 16)).setHeader(getTranslation("partylife.meeting.startsAt"))
                .setAutoWidth(true);
        upcoming.addColumn(m -> m.getKind().getName()).setHeader(getTranslation("partylife.meeting.kind")).setAutoWidth(true);
        upcoming.addColumn(PartyMeeting::getPlace).setHeader(getTranslation("partylife.meeting.place")).setAutoWidth(true);
        upcoming.addColumn(m -> m.getTopic() != null ? m.getTopic() : m.getAgenda() == null ? "" : m.getAgenda())
                .setHeader(getTranslation("partylife.meeting.agenda")).setFlexGrow(1);
        upcoming.setItems(mine.upcoming());
        Grid<MakeUp> makeUps = new Grid<>();
        makeUps.setId("my-makeups");
        makeUps.setAllRowsVisible(true);
        makeUps.addColumn(u -> u.getMeeting().getKind().getName() + " " + Times.format(u.getMeeting().getStartsAt().toLocalDate()))
                .setHeader(getTranslation("partylife.meeting.makeUp.meeting")).setAutoWidth(true);
        makeUps.addComponentColumn(u -> {
            if (u.isDone()) {
                return new Paragraph(getTranslation("partylife.meeting.makeUp.doneOn", Times.format(u.getDoneOn())));
            }
            Button done = new Button(getTranslation("partylife.meeting.makeUp.mark"), e -> markDone(u));
            done.setId("makeup-done-" + u.getId());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return done;
        }).setHeader(getTranslation("partylife.meeting.makeUp.state")).setAutoWidth(true);
        makeUps.setItems(mine.makeUps());
        content.add(year, new H3(getTranslation("partylife.meeting.my.upcoming")), upcoming,
                new H3(getTranslation("partylife.meeting.my.makeUps")), makeUps);
    }

    private void markDone(MakeUp u) {
        EditDialog dialog = new EditDialog(getTranslation("partylife.meeting.makeUp.mark"), getTranslation("action.save"), "makeup-save");
        DatePicker on = dialog.form().field("doneOn", new DatePicker(getTranslation("partylife.meeting.makeUp.date")));
        on.setI18n(ChineseDates.i18n());
        on.setValue(Times.today());
        dialog.onSave(() -> {
            service.makeUpDone(u.getId(), on.getValue());
            EntityForm.saved(getTranslation("partylife.meeting.makeUp.saved"));
            refresh();
        });
        dialog.open();
    }
}
