package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** STAFF: the contests I am entered in; start or continue my attempt; my result once the contest is over. */
@Route("my-contests")
@PageTitle("我的竞赛 · 服务快车")
@Menu(title = "menu.myContests", order = 40, icon = "vaadin:trophy")
@RolesAllowed(Role.Names.STAFF)
public class MyContestsView extends VerticalLayout {

    private final ParticipationService participation;
    private final Grid<MyContest> grid = new Grid<>();

    @Inject
    public MyContestsView(ParticipationService participation) {
        this.participation = participation;
        setSizeFull();
        grid.setId("my-contests-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.contest().getTitle()).setHeader(getTranslation("contest.title")).setFlexGrow(2);
        grid.addColumn(m -> m.contest().getKind().label()).setHeader(getTranslation("contest.kind")).setAutoWidth(true);
        grid.addColumn(m -> Times.format(m.contest().getOpensAt()) + " 至 " + Times.format(m.contest().getClosesAt()))
                .setHeader(getTranslation("contest.window")).setAutoWidth(true);
        grid.addColumn(m -> m.contest().getStatus().label()).setHeader(getTranslation("contest.status")).setAutoWidth(true);
        grid.addColumn(MyContestsView::mine).setHeader(getTranslation("contest.mine")).setFlexGrow(2);
        grid.addComponentColumn(this::action).setHeader("").setAutoWidth(true);
        add(new H2(getTranslation("contest.my.title")), new Paragraph(getTranslation("contest.my.hint")), grid);
        grid.setItems(participation.myContests());
    }

    static String mine(MyContest m) {
        String own = own(m);
        return m.team() == null ? own : "团队 " + m.team() + (own.isEmpty() ? "" : "；个人 " + own);
    }

    private static String own(MyContest m) {
        Attempt a = m.attempt();
        Contest c = m.contest();
        ContestResult r = m.result();
        if (r != null) {
            if (c.isTeamMode()) {
                return (r.isTied() ? "并列" : "") + "第 " + r.getPlace() + " 名，" + r.getScore().toPlainString()
                        + (c.getKind() == ContestKind.TYPING ? " 字/分" : " 分");
            }
            return (r.isTied() ? "并列" : "") + "第 " + r.getPlace() + " 名，" + r.getScore().toPlainString()
                    + (c.getKind() == ContestKind.TYPING ? " 字/分" : " 分") + (r.getPrize() == null ? "" : "，" + r.getPrize().label());
        }
        if (c.getKind() == ContestKind.OTHER) {
            return m.team() != null ? "" : "现场评分";
        }
        if (a == null) {
            return "未开始";
        }
        if (!a.isSubmitted()) {
            return "答题中";
        }
        if (c.isOver()) {
            return c.getKind() == ContestKind.TYPING ? "速度 " + a.getSpeed() + " 字/分" : "成绩 " + a.getScore().toPlainString() + " 分";
        }
        return "已交卷，竞赛结束后公布成绩";
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
