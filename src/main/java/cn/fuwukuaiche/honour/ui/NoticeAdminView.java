package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.hall.HallAddress;
import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.honour.control.ObjectionRules;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 公示管理: every notice with its period and pending objections; the objections of the selected notice (the
 * phone masked except for LEADER and ADMIN); the leader verifies or dismisses each with a reason, and
 * publishes the result once the period has ended.
 */
@Dependent
@Route("honour/notices")
@Menu(title = "menu.honour.notices", order = 52, icon = "vaadin:megaphone")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class NoticeAdminView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** {@code ?year=2026}: the notices opened that year only (the records behind the yearly report's 绩效公示). */
    private Integer yearFilter;

    private final NoticeService notices;
    private final boolean leader;
    private final Grid<PublicNotice> grid = new Grid<>();
    private final Grid<NoticeService.ObjectionLine> objections = new Grid<>();
    private final H3 objectionsTitle = new H3(getTranslation("honour.notice.objections"));
    private final Button publish = new Button(getTranslation("honour.notice.publish"));
    private Map<Long, Long> pending = Map.of();

    @Inject
    public NoticeAdminView(NoticeService notices, CurrentUser user, HallAddress address) {
        this.notices = notices;
        this.leader = user.is(Role.LEADER);
        setWidthFull();
        grid.setId("notice-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PublicNotice::getHonour).setHeader(getTranslation("honour.notice.honour")).setAutoWidth(true);
        grid.addColumn(PublicNotice::getSubjectName).setHeader(getTranslation("honour.notice.subject")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation("honour.notice.periodValue", Times.format(n.getOpenedOn()), Times.format(n.getClosesOn()),
                n.getWorkingDays())).setHeader(getTranslation("honour.notice.period")).setAutoWidth(true);
        grid.addColumn(n -> n.getStatus().label()).setHeader(getTranslation("honour.notice.status")).setAutoWidth(true);
        grid.addColumn(n -> pending.getOrDefault(n.getId(), 0L) == 0 ? "" : getTranslation("honour.notice.pending", pending.get(n.getId())))
                .setHeader(getTranslation("honour.notice.objections")).setAutoWidth(true);
        grid.addColumn(n -> n.getResult() == null ? "" : n.getResult()).setHeader(getTranslation("honour.notice.result")).setWidth("16em").setFlexGrow(1);
        grid.addSelectionListener(e -> showObjections());
        grid.setAllRowsVisible(true);

        objections.setId("objection-grid");
        objections.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        objections.addColumn(o -> Times.format(o.submittedAt())).setHeader(getTranslation("honour.notice.submittedAt")).setAutoWidth(true);
        objections.addColumn(o -> getTranslation("honour.notice.objector", o.kind(), o.name(),
                        o.contact() == null ? "" : getTranslation("honour.notice.contact", o.contact())))
                .setHeader(getTranslation("honour.notice.objectorHeader")).setAutoWidth(true);
        objections.addColumn(NoticeService.ObjectionLine::phone).setHeader(getTranslation("honour.notice.phone")).setAutoWidth(true);
        objections.addColumn(NoticeService.ObjectionLine::content).setHeader(getTranslation("honour.notice.content")).setFlexGrow(1);
        objections.addColumn(o -> o.decisionReason() == null ? o.status().label()
                        : getTranslation("honour.notice.decision", o.status().label(), o.decisionReason()))
                .setHeader(getTranslation("honour.notice.decisionHeader")).setFlexGrow(1);
        objections.addComponentColumn(o -> {
            HorizontalLayout l = new HorizontalLayout();
            if (leader && ObjectionRules.decidable(o.status())) {
                Button up = new Button(getTranslation("honour.notice.uphold"), e -> decide(o, true));
                up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                up.setId("objection-uphold-" + o.id());
                Button no = new Button(getTranslation("honour.notice.dismiss"), e -> decide(o, false));
                no.addThemeVariants(ButtonVariant.LUMO_SMALL);
                no.setId("objection-dismiss-" + o.id());
                l.add(up, no);
            }
            return l;
        }).setAutoWidth(true);
        objections.setAllRowsVisible(true);

        publish.setId("notice-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(false);
        publish.addClickListener(e -> {
            PublicNotice n = grid.asSingleSelect().getValue();
            // publishing the result ends the notice for good: it asks first and says how many objections it closes
            FinalStepDialog.ask(getTranslation("honour.notice.publishTitle", n.getHonour(), n.getSubjectName()),
                    getTranslation("honour.notice.publishText", n.getHonour(), n.getSubjectName(), notices.objections(n.getId()).size(),
                            pending.getOrDefault(n.getId(), 0L)),
                    getTranslation("honour.notice.publish")).onConfirm(r -> {
                        notices.publishResult(n.getId(), n.getVersion());
                        return getTranslation("honour.notice.published");
                    }).then(this::refresh).open();
        });
        add(new H2(getTranslation("menu.honour.notices")), new Anchor(address.of("public/notices"), getTranslation("honour.notice.publicPage")), grid,
                new HorizontalLayout(objectionsTitle, publish), objections);
        refresh();
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        yearFilter = QueryNumbers.integer(event.getLocation().getQueryParameters(), "year").orElse(null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.honour.notices") + " · " + getTranslation("app.brand");
    }

    private void refresh() {
        pending = notices.pendingCounts();
        Long selected = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().getId();
        var all = notices.all().stream().filter(n -> yearFilter == null || n.getOpenedOn().getYear() == yearFilter).toList();
        grid.setItems(all);
        all.stream().filter(n -> n.getId().equals(selected)).findFirst().ifPresent(grid::select);
        showObjections();
    }

    private void showObjections() {
        PublicNotice n = grid.asSingleSelect().getValue();
        if (n == null) {
            objectionsTitle.setText(getTranslation("honour.notice.selectOne"));
            objections.setItems();
            publish.setVisible(false);
            return;
        }
        objectionsTitle.setText(getTranslation("honour.notice.objectionsOf", n.getHonour(), n.getSubjectName()));
        objections.setItems(notices.objections(n.getId()));
        publish.setVisible(leader && n.isOpen());
    }

    private void decide(NoticeService.ObjectionLine o, boolean upheld) {
        EditDialog d = new EditDialog(upheld ? getTranslation("honour.notice.upholdTitle") : getTranslation("honour.notice.dismissTitle"),
                getTranslation("honour.notice.ok"), "objection-decide-ok");
        TextArea reason = d.form().field("decisionReason", new TextArea(getTranslation("honour.notice.reason")));
        reason.setId("objection-reason");
        reason.setWidth("32em");
        d.onSave(() -> {
            notices.decide(o.id(), o.version(), upheld, reason.getValue());
            HonourUi.success(getTranslation("honour.notice.done"));
            refresh();
        }).open();
    }
}
