package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.FlagRules;
import cn.fuwukuaiche.honour.control.FlagService;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.control.HonourYearFigures;
import cn.fuwukuaiche.honour.entity.RedFlagAward;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 流动红旗: pick a month; see why it cannot be awarded yet (not over, ranking not confirmed), or the confirmed
 * ranking with the proposal; the leader awards (another window needs a reason), revokes with a reason and
 * puts the award to 公示. Below: the history with streaks, and the counts per window, unit and branch; ADMIN
 * sets the optional 连续持有 rule.
 */
@Dependent
@Route("honour/flag")
@Menu(title = "menu.honour.flag", order = 50, icon = "vaadin:flag")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class FlagView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** {@code ?year=2026}: the history shows that year's awards only (the records behind the yearly report's 流动红旗). */
    private Integer yearFilter;
    /** {@code &branch=3} (or {@code none}) with a year: only that branch's awards that the figure counts. */
    private String branchFilter;
    private final Span historyFilter = new Span();

    private final FlagService flags;
    private final NoticeService notices;
    private final boolean leader;
    private final ComboBox<YearMonth> month = new ComboBox<>(getTranslation("honour.flag.month"));
    private final Div monthPanel = new Div();
    private final Grid<FlagRules.Place> places = new Grid<>();
    private final Grid<RedFlagAward> history = new Grid<>();
    private final Grid<FlagService.Count> counts = new Grid<>();
    private FlagService.MonthView current;
    private Map<YearMonth, Integer> streaks = Map.of();

    private final PersonNames names;

    @Inject
    public FlagView(FlagService flags, NoticeService notices, CurrentUser user, PersonNames names) {
        this.names = names;
        this.flags = flags;
        this.notices = notices;
        this.leader = user.is(Role.LEADER);
        setWidthFull();
        add(new H2(getTranslation("menu.honour.flag")));
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.from(Times.today());
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        month.setItems(months);
        month.setItemLabelGenerator(HonourUi::month);
        month.setId("flag-month");
        month.setValue(now.minusMonths(1));
        month.addValueChangeListener(e -> refresh());
        monthPanel.setId("flag-month-panel");
        monthPanel.setWidthFull();

        places.setId("flag-places");
        places.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        places.addColumn(p -> getTranslation("honour.flag.rank", p.rank())).setHeader(getTranslation("honour.flag.rankHeader")).setAutoWidth(true).setFlexGrow(0);
        places.addColumn(FlagRules.Place::label).setHeader(getTranslation("honour.flag.window")).setAutoWidth(true);
        places.addColumn(p -> HonourUi.points(p.total())).setHeader(getTranslation("honour.flag.total")).setAutoWidth(true);
        places.addComponentColumn(this::eligibility).setHeader(getTranslation("honour.flag.eligibility")).setAutoWidth(true);
        places.addComponentColumn(this::awardButton).setAutoWidth(true).setFlexGrow(0);
        places.setAllRowsVisible(true);

        history.setId("flag-history");
        historyFilter.setId("flag-history-filter");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(RedFlagAward::monthLabel).setHeader(getTranslation("honour.flag.month")).setAutoWidth(true);
        history.addColumn(RedFlagAward::getWindowLabel).setHeader(getTranslation("honour.flag.holder")).setAutoWidth(true);
        history.addColumn(a -> getTranslation("honour.flag.rankScore", a.getAwardedRank(), HonourUi.points(a.getAwardedScore())))
                .setHeader(getTranslation("honour.flag.rankScoreHeader")).setAutoWidth(true);
        history.addColumn(a -> a.inForce() && streaks.getOrDefault(a.getMonth(), 1) > 1
                ? getTranslation("honour.flag.streak", streaks.get(a.getMonth())) : "").setHeader(getTranslation("honour.flag.streakHeader")).setAutoWidth(true);
        history.addColumn(a -> a.getStatus().label()).setHeader(getTranslation("honour.flag.status")).setAutoWidth(true);
        history.addColumn(a -> names.of(a.getAwardedBy()) + " " + Times.format(a.getAwardedAt())).setHeader(getTranslation("honour.flag.awardedBy")).setAutoWidth(true);
        history.addColumn(a -> a.getEndReason() != null ? getTranslation("honour.flag.revokedBecause", a.getEndReason())
                : a.getReason() == null ? getTranslation("honour.flag.asProposed") : getTranslation("honour.flag.because", a.getReason()))
                .setHeader(getTranslation("honour.flag.note")).setWidth("24em").setFlexGrow(1);
        history.setAllRowsVisible(true);

        counts.setId("flag-counts");
        counts.addThemeVariants(GridVariant.LUMO_COMPACT);
        counts.addColumn(FlagService.Count::kind).setHeader(getTranslation("honour.flag.kind")).setAutoWidth(true);
        counts.addColumn(FlagService.Count::name).setHeader(getTranslation("honour.flag.name")).setAutoWidth(true);
        counts.addColumn(c -> getTranslation("honour.flag.months", c.months())).setHeader(getTranslation("honour.flag.monthsHeader")).setAutoWidth(true);
        // only windows have a streak (at least 1); units and branches count 0
        counts.addColumn(c -> c.longestStreak() > 0 ? getTranslation("honour.flag.longest", c.longestStreak()) : "")
                .setHeader(getTranslation("honour.flag.longestHeader"))
                .setAutoWidth(true);
        counts.setAllRowsVisible(true);

        add(month, monthPanel, places, new H3(getTranslation("honour.flag.history")), historyFilter, history, new H3(getTranslation("honour.flag.counts")), counts);
        if (user.is(Role.ADMIN)) {
            add(ruleEditor());
        }
        refresh();
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        yearFilter = QueryNumbers.integer(event.getLocation().getQueryParameters(), "year").orElse(null);
        branchFilter = yearFilter == null ? null : event.getLocation().getQueryParameters().getSingleParameter("branch").orElse(null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.honour.flag") + " · " + getTranslation("app.brand");
    }

    private void refresh() {
        current = flags.month(month.getValue());
        streaks = flags.streaks();
        monthPanel.removeAll();
        String m = HonourUi.month(current.month());
        if (current.award().isPresent()) {
            RedFlagAward a = current.award().get();
            Div box = box("#fff4e5");
            box.setId("flag-current");
            var flag = VaadinIcon.FLAG.create();
            flag.setColor("#c8102e");
            Span title = new Span(getTranslation("honour.flag.current", m, a.getWindowLabel()));
            title.getStyle().set("font-weight", "bold").set("margin-left", "6px");
            box.add(flag, title);
            box.add(new Paragraph(getTranslation("honour.flag.currentBasis", names.of(a.getAwardedBy()), Times.format(a.getAwardedAt()),
                    a.getSnapshotId(), a.getSnapshotRevision(), a.getAwardedRank(), HonourUi.points(a.getAwardedScore()),
                    basisNote(a))));
            if (leader) {
                Button revoke = new Button(getTranslation("honour.flag.revoke"), VaadinIcon.CLOSE_CIRCLE.create(), e -> revokeDialog(a));
                revoke.setId("flag-revoke");
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                Button notice = new Button(getTranslation("honour.flag.notice"), VaadinIcon.MEGAPHONE.create(), e -> putToNotice(a));
                notice.setId("flag-notice");
                notice.setEnabled(!notices.inNotice(FlagService.SUBJECT, a.getId()));
                box.add(new HorizontalLayout(notice, revoke));
            }
            monthPanel.add(box);
        } else if (current.blocked() != null) {
            Div box = box("#f2f2f2");
            box.setId("flag-blocked");
            box.add(new Span(current.blocked()));
            monthPanel.add(box);
        } else {
            Div box = box("#eef6ee");
            box.setId("flag-proposal");
            Span proposal = new Span(current.proposal().map(p -> getTranslation("honour.flag.proposal", m, p.label(), p.rank(),
                    HonourUi.points(p.total()))).orElse(getTranslation("honour.flag.noProposal", m)));
            proposal.getStyle().set("font-weight", "bold").set("display", "block");
            box.add(proposal);
            box.add(HonourUi.muted(getTranslation("honour.flag.basis", m, current.snapshot().getId(), current.snapshot()
                    .getSchemeLabel(), names.of(current.snapshot().getConfirmedBy()), Times.format(current.snapshot().getConfirmedAt()))
                    + (current.maxRunning() == null ? "" : getTranslation("honour.flag.maxRunning", current.maxRunning()))));
            monthPanel.add(box);
        }
        places.setItems(current.places());
        places.setVisible(!current.places().isEmpty());
        List<RedFlagAward> shown = flags.history().stream()
                .filter(a -> yearFilter == null || a.getPeriodYm() / 100 == yearFilter && HonourYearFigures.COUNTED.contains(a.getStatus())
                        && (branchFilter == null || branchFilter.equals(a.getBranchId() == null ? "none" : String.valueOf(a.getBranchId()))))
                .toList();
        history.setItems(shown);
        historyFilter.setVisible(yearFilter != null);
        historyFilter.setText(yearFilter == null ? "" : getTranslation("honour.flag.yearFilter", yearFilter, shown.size()));
        historyFilter.getElement().setAttribute("data-count", String.valueOf(shown.size()));
        counts.setItems(flags.counts());
    }

    private static Div box(String background) {
        Div d = new Div();
        d.getStyle().set("background", background).set("padding", "10px 14px").set("border-radius", "8px")
                .set("margin", "8px 0").set("box-sizing", "border-box");
        d.setWidthFull();
        return d;
    }

    private Span eligibility(FlagRules.Place p) {
        String why = current.whyNot().get(p.windowId());
        if (why != null) {
            return HonourUi.badge(p.eligible() ? getTranslation("honour.flag.limited") : getTranslation("honour.flag.vetoed"), "#fde2e2", "#a8071a");
        }
        boolean proposed = current.proposal().map(x -> x.windowId() == p.windowId()).orElse(false);
        return proposed ? HonourUi.badge(getTranslation("honour.flag.proposed"), "#f6ffed", "#237804") : new Span("✓");
    }

    /** 改授理由 only when another window than the ranking's proposal got the flag; a note on the proposal is a 授予说明. */
    private String basisNote(RedFlagAward a) {
        boolean override = a.getProposedWindowId() != null && !a.getProposedWindowId().equals(a.getWindowId());
        if (override) {
            return getTranslation("honour.flag.currentOverride", a.getProposedRank(), a.getReason() == null ? "" : a.getReason());
        }
        return a.getReason() == null ? getTranslation("honour.flag.currentAsProposed")
                : getTranslation("honour.flag.currentAsProposedNote", a.getReason());
    }

    private Button awardButton(FlagRules.Place p) {
        Button b = new Button(getTranslation("honour.flag.award"), e -> awardDialog(p));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        b.setId("flag-award-" + p.windowId());
        b.setVisible(leader && current.award().isEmpty() && !current.whyNot().containsKey(p.windowId()));
        return b;
    }

    private void awardDialog(FlagRules.Place p) {
        EditDialog d = new EditDialog(getTranslation("honour.flag.awardTitle", HonourUi.month(current.month())),
                getTranslation("honour.flag.awardConfirm"), "flag-award-confirm");
        boolean proposed = current.proposal().map(x -> x.windowId() == p.windowId()).orElse(false);
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Span(getTranslation("honour.flag.awardWindow", p.label(), p.rank(), HonourUi.points(p.total()))));
        Paragraph what = new Paragraph(getTranslation("honour.flag.awardText", p.label(), HonourUi.month(current.month())));
        what.setId("flag-award-text");
        what.getStyle().set("margin", "0").set("max-width", "32em");
        body.add(what);
        if (!proposed) {
            body.add(HonourUi.muted(getTranslation("honour.flag.overrideHint",
                    current.proposal().map(FlagRules.Place::label).orElse(getTranslation("honour.flag.none")))));
        }
        d.addComponentAsFirst(body);
        TextArea reason = d.form().field("reason",
                new TextArea(proposed ? getTranslation("honour.flag.awardNote") : getTranslation("honour.flag.overrideReason")));
        reason.setId("flag-award-reason");
        reason.setWidth("32em");
        reason.setMaxLength(1000);
        d.onSave(() -> {
            try {
                flags.award(current.month(), p.windowId(), reason.getValue());
            } catch (BusinessException ex) {
                if (ex.field() == null) {
                    // the month moved on under this dialog (awarded by someone else, a rule changed): show the page as it is
                    d.close();
                    refresh();
                }
                throw ex;
            }
            HonourUi.success(getTranslation("honour.flag.awarded", p.label(), HonourUi.month(current.month())));
            refresh();
        }).open();
    }

    private void revokeDialog(RedFlagAward a) {
        EditDialog d = new EditDialog(getTranslation("honour.flag.revokeTitle", a.monthLabel(), a.getWindowLabel()),
                getTranslation("honour.flag.revokeConfirm"), "flag-revoke-confirm");
        d.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        Paragraph what = new Paragraph(getTranslation("honour.flag.revokeText", a.monthLabel(), a.getWindowLabel()));
        what.setId("flag-revoke-text");
        what.getStyle().set("margin-top", "0").set("max-width", "32em");
        d.addComponentAsFirst(what);
        TextArea reason = d.form().field("reason", new TextArea(getTranslation("honour.flag.revokeReason")));
        reason.setId("flag-revoke-reason");
        reason.setWidth("32em");
        d.onSave(() -> {
            flags.revoke(a.getId(), a.getVersion(), reason.getValue());
            HonourUi.success(getTranslation("honour.flag.revoked"));
            refresh();
        }).open();
    }

    /** 公示 cannot be taken back: the dialog says what goes public and for how long, then the notice opens. */
    private void putToNotice(RedFlagAward a) {
        FinalStepDialog.ask(getTranslation("honour.flag.noticeTitle", a.monthLabel(), a.getWindowLabel()),
                getTranslation("honour.flag.noticeText", a.monthLabel(), a.getWindowLabel(), NoticeService.DEFAULT_WORKING_DAYS),
                getTranslation("honour.flag.noticeConfirm")).onConfirm(r -> {
            // the notice's words are stored and shown publicly: always Chinese
            NoticeService.Draft d = FlagService.noticeDraft(a, false);
            notices.open(d.subjectType(), d.subjectId(), d.honourText(), d.subjectName(), d.reason());
            return getTranslation("honour.flag.noticed", NoticeService.DEFAULT_WORKING_DAYS);
        }).then(this::refresh).open();
    }

    private HorizontalLayout ruleEditor() {
        EntityForm form = new EntityForm();
        IntegerField max = form.bind("maxRunning", new IntegerField(getTranslation("honour.flag.ruleMax")));
        max.setId("flag-rule-max");
        max.setWidth("24em");
        max.setValue(flags.maxRunning());
        Button save = new Button(getTranslation("honour.flag.ruleSave"), e -> {
            if (form.save(() -> flags.setMaxRunning(max.getValue(), null))) {
                HonourUi.success(getTranslation("honour.flag.saved"));
                refresh();
            }
        });
        HorizontalLayout l = new HorizontalLayout(max, save);
        l.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return l;
    }
}
