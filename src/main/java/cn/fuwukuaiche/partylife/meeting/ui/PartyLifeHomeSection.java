package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalService;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import cn.fuwukuaiche.partylife.appraisal.entity.MemberAppraisal;
import cn.fuwukuaiche.partylife.meeting.control.CadenceLight;
import cn.fuwukuaiche.partylife.meeting.control.CadenceService;
import cn.fuwukuaiche.partylife.meeting.control.MeetingAttendanceService;
import cn.fuwukuaiche.partylife.meeting.entity.MakeUp;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * The home page's short 组织生活 section: a secretary's meetings to minute and kinds still to plan this period; a
 * member's next meeting and open make-ups; a 民主评议 whose ballot is open (the secretary: how many have voted; a member who
 * has not voted yet: a link to his ballot). Empty for anyone else.
 */
public class PartyLifeHomeSection extends Div {

    @Inject
    public PartyLifeHomeSection(MeetingAttendanceService meetings, CadenceService cadence, AppraisalService appraisals, CurrentUser currentUser) {
        setId("home-party-life");
        UnorderedList list = new UnorderedList();
        if (currentUser.is(Role.SECRETARY)) {
            for (PartyMeeting m : meetings.toMinute()) {
                list.add(new ListItem(getTranslation("partylife.meeting.home.toMinute", m.getKind().getName(),
                        Times.format(m.getStartsAt()).substring(0, 16))));
            }
            LocalDate today = Times.today();
            cadence.matrix(today.getYear(), null).forEach(r -> r.cells().stream()
                    .filter(c -> c.period().contains(today) && c.light() != CadenceLight.GREEN)
                    .forEach(c -> list.add(new ListItem(getTranslation("partylife.meeting.home.toPlan", r.kind().getName(),
                            c.period().label(), Times.format(c.period().end()))))));
        }
        MeetingAttendanceService.Mine mine = currentUser.isAny(Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.STAFF) ? meetings.mine()
                : new MeetingAttendanceService.Mine(java.util.List.of(), java.util.List.of(), null);
        if (!mine.upcoming().isEmpty()) {
            PartyMeeting next = mine.upcoming().get(0);
            list.add(new ListItem(getTranslation("partylife.meeting.home.next", next.getKind().getName(),
                    Times.format(next.getStartsAt()).substring(0, 16), next.getPlace())));
        }
        for (MakeUp u : mine.makeUps()) {
            if (!u.isDone()) {
                list.add(new ListItem(getTranslation("partylife.meeting.home.makeUp", u.getMeeting().getKind().getName(),
                        Times.format(u.getMeeting().getStartsAt().toLocalDate()))));
            }
        }
        if (currentUser.is(Role.SECRETARY)) {
            for (AppraisalService.BranchChoice b : appraisals.branches()) {
                for (MemberAppraisal a : appraisals.appraisals(b.id())) {
                    if (a.getStatus() == AppraisalStatus.OPEN) {
                        AppraisalService.Overview o = appraisals.overview(a.getId());
                        list.add(new ListItem(new Anchor("party/appraisal", getTranslation("partylife.appraisal.home.open",
                                b.name(), o.voted(), o.lines().size()))));
                    }
                }
            }
        }
        if (currentUser.isAny(Role.ADMIN, Role.LEADER, Role.SECRETARY, Role.STAFF)) {
            appraisals.mine().filter(m -> m.appraisal().getStatus() == AppraisalStatus.OPEN && !m.voted())
                    .ifPresent(m -> list.add(new ListItem(new Anchor("party/my-appraisal",
                            getTranslation("partylife.appraisal.home.vote", m.branchName())))));
        }
        if (list.getChildren().findAny().isPresent()) {
            add(new H3(getTranslation("partylife.meeting.home.title")), list,
                    new Anchor(currentUser.is(Role.SECRETARY) ? "party-life/meetings" : "party-life/my",
                            getTranslation("partylife.meeting.home.open")));
        } else {
            setVisible(false);
        }
    }
}
