package cn.fuwukuaiche.honour.star.ui;

import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.honour.star.control.StarRules;
import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.star.control.StarPerson;
import cn.fuwukuaiche.honour.star.control.StarService;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 星级墙: one person's stars over time — a count per star and every confirmed (or revoked) star with its period and
 * the figures it was awarded on. STAFF see their own, a SECRETARY their branch, LEADER and ADMIN everyone.
 * {@code ?staff=<id>}.
 */
@Dependent
@Route("stars/wall")
@Menu(title = "menu.starWall", order = 37, icon = "vaadin:star-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class StarWallView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StarService stars;
    private final boolean leader;
    private final ComboBox<StarPerson> person = new ComboBox<>(getTranslation("star.wall.person"));
    private final H2 title = new H2(getTranslation("menu.starWall"));
    private final FlexLayout counts = new FlexLayout();
    private final Paragraph empty = new Paragraph();
    private final Grid<StarAward> grid = new Grid<>();

    private final PersonNames names;
    private Grid.Column<StarAward> personColumn;
    private Integer year;

    @Inject
    public StarWallView(StarService stars, CurrentUser currentUser, PersonNames names) {
        this.names = names;
        this.stars = stars;
        this.leader = currentUser.is(Role.LEADER);
        setWidthFull();
        List<StarPerson> people = stars.wallPeople();
        person.setItems(people);
        person.setItemLabelGenerator(StarPerson::label);
        person.setId("wall-person");
        person.setWidth("20em");
        person.setVisible(people.size() > 1);
        person.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                year = null;
            }
            show();
        });
        stars.myStaffId().flatMap(id -> people.stream().filter(p -> p.staffId() == id).findFirst()).ifPresent(person::setValue);
        if (person.getValue() == null && people.size() == 1) {
            person.setValue(people.get(0));
        }
        title.setId("wall-title");
        counts.setId("wall-counts");
        counts.getStyle().set("gap", "1em").set("flex-wrap", "wrap");
        empty.setId("wall-empty");
        grid.setId("wall-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        personColumn = grid.addColumn(a -> a.getStaff().getName()).setHeader(getTranslation("star.wall.person")).setAutoWidth(true)
                .setFlexGrow(0);
        personColumn.setVisible(false);
        grid.addColumn(StarAward::getPeriodLabel).setHeader(getTranslation("star.wall.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> StarUi.starBadge(a.getStar())).setHeader(getTranslation("star.wall.star")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StarAward::getCriteriaText).setHeader(getTranslation("star.wall.criteria")).setFlexGrow(1);
        grid.addColumn(a -> a.getStatus() == StarAwardStatus.REVOKED ? getTranslation("star.wall.revoked", a.getReason())
                : getTranslation("star.wall.confirmed", names.of(a.getDecidedBy()), Times.format(a.getDecidedAt())))
                .setHeader(getTranslation("star.wall.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        add(person, title, counts, empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.starWall") + " · " + getTranslation("app.brand");
    }

    /**
     * {@code ?staff=12}: that person's wall. {@code ?year=2026}: the stars confirmed for periods of that year, everyone
     * the caller may see — the records behind the yearly report's 星级评定 (its 查看记录 link).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        year = QueryNumbers.integer(q, "year").orElse(null);
        QueryNumbers.number(q, "staff").flatMap(id -> stars.wallPeople().stream()
                .filter(p -> p.staffId() == id).findFirst()).ifPresent(p -> {
                    year = null;
                    person.setValue(p);
                });
        show();
    }

    private void showYear(int y) {
        List<StarAward> awards = stars.confirmedInYear(y);
        personColumn.setVisible(true);
        // a year of the hall holds hundreds of stars: the grid scrolls (all rows visible would fetch them in one go)
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        title.setText(getTranslation("star.wall.yearTitle", y));
        Map<StarKind, Integer> n = new EnumMap<>(StarKind.class);
        awards.forEach(a -> n.merge(a.getStar(), 1, Integer::sum));
        for (StarKind k : StarKind.values()) {
            Span s = new Span(k.label() + " × " + n.getOrDefault(k, 0));
            s.getStyle().set("margin-right", "1em");
            counts.add(s);
        }
        empty.setText(getTranslation("star.wall.yearTotal", y, awards.size()));
        empty.getElement().setAttribute("data-count", String.valueOf(awards.size()));
        grid.setItems(awards);
    }

    private void show() {
        StarPerson p = person.getValue();
        counts.removeAll();
        empty.getElement().removeAttribute("data-count");
        if (year != null) {
            showYear(year);
            return;
        }
        if (personColumn != null) {
            // (the constructor picks the caller's own wall before the grid's columns exist)
            personColumn.setVisible(false);
        }
        grid.setHeight(null);
        grid.setAllRowsVisible(true);
        if (p == null) {
            title.setText(getTranslation("menu.starWall"));
            empty.setText(getTranslation("star.wall.choose"));
            grid.setItems(List.of());
            return;
        }
        List<StarAward> awards;
        try {
            awards = stars.wall(p.staffId());
        } catch (BusinessException e) {
            empty.setText(e.getMessage());
            grid.setItems(List.of());
            return;
        }
        title.setText(getTranslation("star.wall.title", p.name(), p.windowNo(), p.windowName()));
        Map<StarKind, Integer> n = new EnumMap<>(StarKind.class);
        awards.stream().filter(a -> StarRules.standing(a.getStatus())).forEach(a -> n.merge(a.getStar(), 1, Integer::sum));
        for (StarKind k : StarKind.values()) {
            Div card = new Div();
            card.setId("wall-count-" + k.name());
            int c = n.getOrDefault(k, 0);
            Span stars = new Span(c == 0 ? "☆" : "★".repeat(Math.min(c, 12)));
            stars.getStyle().set("color", c == 0 ? "#bbb" : "#d4a017").set("font-size", "1.6em").set("display", "block");
            card.add(stars, new Span(k.label() + " × " + c));
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px").set("padding", "0.6em 1em")
                    .set("min-width", "9em").set("text-align", "center").set("background", c == 0 ? "#fafafa" : "#fffaf0");
            counts.add(card);
        }
        empty.setText(awards.isEmpty() ? getTranslation("star.wall.none")
                : getTranslation("star.wall.total", n.values().stream().mapToInt(Integer::intValue).sum()));
        grid.setItems(awards);
    }

    private Component actions(StarAward a) {
        if (!leader || !StarRules.standing(a.getStatus())) {
            return new Span();
        }
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(noticeButton(a), revokeButton(a));
    }

    /** 公示: the leader puts the star to public notice with a public text (prefilled with what it was awarded on). */
    private Component noticeButton(StarAward a) {
        Button b = new Button(getTranslation("star.wall.notice"), e -> {
            EditDialog d = new EditDialog(getTranslation("star.wall.noticeTitle", a.getPeriodLabel(), a.getStar().label(), a.getStaff().getName()),
                    getTranslation("star.wall.noticeStart"), "star-notice-ok");
            TextArea reason = d.form().field("reason", new TextArea(getTranslation("star.wall.noticeReason")));
            reason.setId("star-notice-reason");
            reason.setWidth("32em");
            reason.setValue(getTranslation("star.wall.noticeText", a.getStar().label(), a.getCriteriaText()));
            d.onSave(() -> {
                stars.putToNotice(a.getId(), a.getVersion(), reason.getValue());
                com.vaadin.flow.component.notification.Notification.show(getTranslation("star.wall.noticed"));
                show();
            }).open();
        });
        b.setId("star-notice-" + a.getId());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** 撤销 cannot be undone: the dialog says what comes off the wall, asks for the reason (audited) and answers. */
    private Component revokeButton(StarAward a) {
        Button b = new Button(getTranslation("star.wall.revoke"), e -> FinalStepDialog.ask(
                        getTranslation("star.wall.revokeTitle", a.getPeriodLabel(), a.getStar().label()),
                        getTranslation("star.wall.revokeText", a.getStaff().getName(), a.getPeriodLabel(), a.getStar().label()),
                        getTranslation("star.wall.revoke")).requireReason().onConfirm(reason -> {
                    stars.revoke(a.getId(), a.getVersion(), reason);
                    return getTranslation("star.wall.revokeDone", a.getPeriodLabel(), a.getStar().label());
                }).then(this::show).open());
        b.setId("star-revoke-" + a.getId());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return b;
    }
}
