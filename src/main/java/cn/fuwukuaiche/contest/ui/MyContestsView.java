package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PhoneColumns;
import cn.fuwukuaiche.contest.control.ParticipationService;
import cn.fuwukuaiche.contest.control.ParticipationService.MyContest;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestResult;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/** STAFF: the contests I am entered in; start or continue my attempt; my result once the contest is over. */
@Dependent
@Route("my-contests")
@Menu(title = "menu.myContests", order = 40, icon = "vaadin:trophy")
@RolesAllowed(Role.Names.STAFF)
public class MyContestsView extends VerticalLayout implements HasDynamicTitle {

    private final ParticipationService participation;
    private final Grid<MyContest> grid = new Grid<>();

    @Inject
    public MyContestsView(ParticipationService participation) {
        this.participation = participation;
        setSizeFull();
        grid.setId("my-contests-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<Grid.Column<MyContest>> wide = new ArrayList<>();
        wide.add(grid.addColumn(m -> m.contest().getTitle()).setHeader(getTranslation("contest.title")).setFlexGrow(2));
        wide.add(grid.addColumn(m -> m.contest().getKind().label()).setHeader(getTranslation("contest.kind")).setAutoWidth(true));
        wide.add(grid.addColumn(m -> getTranslation("contest.window.range", Times.format(m.contest().getOpensAt()), Times.format(m.contest().getClosesAt())))
                .setHeader(getTranslation("contest.window")).setAutoWidth(true));
        wide.add(grid.addColumn(m -> m.contest().getStatus().label()).setHeader(getTranslation("contest.status")).setAutoWidth(true));
        wide.add(grid.addColumn(this::mine).setHeader(getTranslation("contest.mine")).setFlexGrow(2));
        // on a phone: one card (title, kind and status, my result) beside the action
        Grid.Column<MyContest> card = grid.addComponentColumn(this::phoneCard).setHeader(getTranslation("contest.title")).setFlexGrow(1);
        grid.addComponentColumn(this::action).setHeader(getTranslation("contest.action")).setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.install(grid, wide, List.of(card));
        add(new H2(getTranslation("contest.my.title")), new Paragraph(getTranslation("contest.my.hint")), grid);
        grid.setItems(participation.myContests());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.my.pageTitle");
    }

    String mine(MyContest m) {
        String own = own(m);
        if (m.team() == null) {
            return own;
        }
        return own.isEmpty() ? getTranslation("contest.mine.team", m.team()) : getTranslation("contest.mine.teamAndOwn", m.team(), own);
    }

    private String own(MyContest m) {
        Attempt a = m.attempt();
        Contest c = m.contest();
        ContestResult r = m.result();
        if (r != null && r.getPlace() == cn.fuwukuaiche.base.ranking.Ranked.NO_PLACE) {
            return getTranslation("contest.mine.notTaken");
        }
        if (r != null) {
            String tied = r.isTied() ? getTranslation("contest.mine.tied") : "";
            String score = getTranslation(c.getKind() == ContestKind.TYPING ? "contest.mine.speedValue" : "contest.mine.pointsValue",
                    r.getScore().toPlainString());
            if (c.isTeamMode() || r.getPrize() == null) {
                return getTranslation("contest.mine.place", tied, String.valueOf(r.getPlace()), score);
            }
            return getTranslation("contest.mine.placePrize", tied, String.valueOf(r.getPlace()), score, r.getPrize().label());
        }
        if (c.getKind() == ContestKind.OTHER) {
            return m.team() != null ? "" : getTranslation("contest.mine.onSite");
        }
        if (a == null) {
            return getTranslation("contest.mine.notStarted");
        }
        if (!a.isSubmitted()) {
            return getTranslation("contest.mine.inProgress");
        }
        if (c.isOver()) {
            return c.getKind() == ContestKind.TYPING ? getTranslation("contest.mine.speed", String.valueOf(a.getSpeed()))
                    : getTranslation("contest.mine.score", a.getScore().toPlainString());
        }
        return getTranslation("contest.mine.waiting");
    }

    private Component phoneCard(MyContest m) {
        Span title = new Span(m.contest().getTitle());
        title.addClassName("phone-card-title");
        Span meta = new Span(m.contest().getKind().label() + " · " + m.contest().getStatus().label());
        meta.addClassName("phone-card-line");
        Span mine = new Span(mine(m));
        mine.addClassName("phone-card-line");
        Div card = new Div(title, meta, mine);
        card.addClassName("phone-card");
        return card;
    }

    private Component action(MyContest m) {
        Contest c = m.contest();
        Attempt a = m.attempt();
        if (c.getKind() == ContestKind.OTHER) {
            return new Span();
        }
        boolean open = c.acceptsAttemptsAt(Times.now());
        Button b;
        if (a == null && open) {
            b = new Button(getTranslation("contest.start"), e -> start(c));
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (a != null && !a.isSubmitted()) {
            b = new Button(getTranslation("contest.continue"), e -> b(c));
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (a != null) {
            b = new Button(getTranslation("contest.view"), e -> b(c));
        } else {
            return new Span();
        }
        b.setId("contest-action-" + c.getId());
        b.getElement().setAttribute("data-contest", c.getTitle());
        return b;
    }

    private void start(Contest c) {
        try {
            participation.start(c.getId());
            b(c);
        } catch (BusinessException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void b(Contest c) {
        getUI().ifPresent(ui -> ui.navigate(TakeContestView.class, c.getId()));
    }
}
