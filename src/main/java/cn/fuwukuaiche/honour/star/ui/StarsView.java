package cn.fuwukuaiche.honour.star.ui;

import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.honour.star.control.StarCandidate;
import cn.fuwukuaiche.honour.star.control.StarPeriod;
import cn.fuwukuaiche.honour.star.control.StarService;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 五星评定: the period's proposed stars with the figures behind each; the leader confirms (one or the selected
 * ones) or declines one with a reason. ADMIN reads. {@code ?period=2026-10} or {@code ?period=2026Q3}.
 */
@Dependent
@Route("stars")
@Menu(title = "menu.stars", order = 36, icon = "vaadin:star")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class StarsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StarService stars;
    private final boolean leader;
    private final ComboBox<StarPeriod> period = new ComboBox<>(getTranslation("star.review.period"));
    private final ComboBox<StarKind> star = new ComboBox<>(getTranslation("star.review.star"));
    private final TextField person = new TextField(getTranslation("star.review.person"));
    private final Span summary = new Span();
    private final Grid<StarCandidate> grid = new Grid<>();
    private final Button confirmSelected = new Button(getTranslation("star.review.confirmSelected"), VaadinIcon.CHECK_CIRCLE.create());
    private List<StarCandidate> all = List.of();

    @Inject
    public StarsView(StarService stars, CurrentUser currentUser) {
        this.stars = stars;
        this.leader = currentUser.is(Role.LEADER);
        setWidthFull();
        StarPeriod current = stars.currentPeriod();
        List<StarPeriod> periods = new ArrayList<>();
        for (StarPeriod p = current; periods.size() < 12; p = p.previous()) {
            periods.add(p);
        }
        period.setItems(periods);
        period.setItemLabelGenerator(StarPeriod::label);
        period.setValue(current);
        period.setId("stars-period");
        star.setItems(StarKind.values());
        star.setItemLabelGenerator(StarKind::label);
        star.setClearButtonVisible(true);
        star.setPlaceholder(getTranslation("star.review.all"));
        star.setId("stars-star");
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        person.setId("stars-person");
        period.addValueChangeListener(e -> refresh());
        star.addValueChangeListener(e -> filter());
        person.addValueChangeListener(e -> filter());

        confirmSelected.setId("stars-confirm-selected");
        confirmSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmSelected.setVisible(leader);
        confirmSelected.addClickListener(e -> confirm(grid.getSelectedItems().stream().filter(StarCandidate::pending)
                .map(StarCandidate::key).toList()));
        Anchor criteria = new Anchor("stars/criteria", getTranslation("star.review.criteriaLink"));
        Anchor wall = new Anchor("stars/wall", getTranslation("menu.starWall"));

        grid.setId("stars-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (leader) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.addComponentColumn(c -> StarUi.starBadge(c.star())).setHeader(getTranslation("star.review.star")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> new Anchor("stars/wall?staff=" + c.person().staffId(), c.person().name()))
                .setHeader(getTranslation("star.review.personHeader")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.person().windowNo() + " " + c.person().windowName()).setHeader(getTranslation("star.review.window")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.verdict().evidenceText()).setHeader(getTranslation("star.review.evidence")).setFlexGrow(1);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("star.review.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        HorizontalLayout toolbar = new HorizontalLayout(period, star, person, confirmSelected, criteria, wall);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        summary.setId("stars-summary");
        add(new H2(getTranslation("menu.stars")), toolbar, summary, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.stars") + " · " + getTranslation("app.brand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("period").ifPresent(k -> {
            try {
                StarPeriod p = StarPeriod.parse(k);
                if (!p.end().isAfter(stars.currentPeriod().end())) {
                    List<StarPeriod> items = new ArrayList<>(period.getListDataView().getItems().toList());
                    if (!items.contains(p)) {
                        items.add(p);
                        period.setItems(items);
                    }
                    period.setValue(p);
                }
            } catch (RuntimeException ignored) {
                // an unknown period in the URL: keep the current one
            }
        });
        refresh();
    }

    private void refresh() {
        if (period.getValue() == null) {
            return;
        }
        all = stars.candidates(period.getValue());
        filter();
    }

    private void filter() {
        String q = person.getValue() == null ? "" : person.getValue().strip();
        List<StarCandidate> shown = all.stream().filter(c -> star.getValue() == null || c.star() == star.getValue())
                .filter(c -> q.isEmpty() || c.person().name().contains(q) || (c.person().windowNo() != null && c.person().windowNo().contains(q)))
                .toList();
        grid.deselectAll();
        grid.setItems(shown);
        long pending = all.stream().filter(StarCandidate::pending).count();
        long confirmed = all.stream().filter(c -> c.status() == cn.fuwukuaiche.honour.star.entity.StarAwardStatus.CONFIRMED).count();
        summary.setText(getTranslation("star.review.summary", period.getValue().label(), all.stream().filter(c -> c.verdict().earned())
                .count(), pending, confirmed, shown.size() == all.size() ? "" : getTranslation("star.review.shown", shown.size())));
    }

    private Component statusCell(StarCandidate c) {
        Span s = c.pending() ? StarUi.badge(getTranslation("star.review.pending"), "#fff4d6", "#8a5a00")
                : switch (c.status()) {
                    case CONFIRMED -> StarUi.badge(getTranslation("star.review.confirmed"), "#e3f5e1", "#1f6b1a");
                    case REJECTED -> StarUi.badge(getTranslation("star.review.rejected", c.reason()), "#fde2e2", "#a8071a");
                    case REVOKED -> StarUi.badge(getTranslation("star.review.revoked", c.reason()), "#eeeeee", "#555");
                };
        s.setId("status-" + c.person().staffId() + "-" + c.star().name());
        return s;
    }

    private Component actions(StarCandidate c) {
        HorizontalLayout h = new HorizontalLayout();
        h.setSpacing(false);
        if (leader && c.pending()) {
            Button ok = new Button(getTranslation("star.review.confirm"), e -> confirm(List.of(c.key())));
            ok.setId("confirm-" + c.person().staffId() + "-" + c.star().name());
            ok.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button no = new Button(getTranslation("star.review.reject"), e -> reject(c));
            no.setId("reject-" + c.person().staffId() + "-" + c.star().name());
            no.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            h.add(ok, no);
        }
        return h;
    }

    /** Confirming a star is final (it goes on the wall and the board): the leader is told what and how many first. */
    private void confirm(List<String> keys) {
        if (keys.isEmpty()) {
            notify(getTranslation("star.review.noneSelected"), true);
            return;
        }
        String who = grid.getListDataView().getItems().filter(c -> keys.contains(c.key())).limit(5)
                .map(c -> c.person().name() + " " + c.star().label()).collect(java.util.stream.Collectors.joining("、"));
        FinalStepDialog.ask(getTranslation("star.review.confirmTitle", period.getValue().label()),
                        getTranslation("star.review.confirmText", keys.size(), who), getTranslation("star.review.confirm"))
                .onConfirm(reason -> getTranslation("star.review.confirmedN", stars.confirm(period.getValue(), keys)))
                .then(this::refresh).open();
    }

    private void reject(StarCandidate c) {
        EditDialog d = new EditDialog(getTranslation("star.review.rejectTitle", c.person().name(), c.star().label()),
                getTranslation("star.review.reject"), "reject-save");
        d.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        TextArea reason = d.form().field("reason", new TextArea(getTranslation("star.review.reason")));
        reason.setId("reject-reason");
        reason.setWidth("28em");
        reason.setMaxLength(500);
        d.onSave(() -> {
            stars.reject(period.getValue(), c.key(), reason.getValue());
            notify(getTranslation("star.review.rejectedDone"), false);
            refresh();
        }).open();
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

}
