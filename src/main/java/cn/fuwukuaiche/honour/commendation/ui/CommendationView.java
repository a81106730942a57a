package cn.fuwukuaiche.honour.commendation.ui;

import cn.fuwukuaiche.base.hall.HallAddress;
import cn.fuwukuaiche.honour.commendation.control.CommendationYearFigures;
import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.commendation.control.CommendationCandidate;
import cn.fuwukuaiche.honour.commendation.control.CommendationService;
import cn.fuwukuaiche.honour.commendation.control.CommendationYear;
import cn.fuwukuaiche.honour.commendation.entity.Commendation;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.commendation.entity.CommendationStatus;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.Dependent;

/**
 * 七一表彰: a year's candidates compiled from the year's stars, contest prizes, 流动红旗 windows and 两岗 holders; the leader ticks who is commended, saves the list and approves it; the approved list
 * prints (表彰名单, 奖状) and exports to Excel. {@code ?year=2026}.
 */
@Dependent
@Route("commendation")
@Menu(title = "menu.commendation", order = 38, icon = "vaadin:diploma")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class CommendationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommendationService service;
    private final boolean leader;
    private final ComboBox<CommendationYear> year = new ComboBox<>(getTranslation("commendation.year"));
    private final Span status = new Span();
    private final Grid<CommendationCandidate> candidates = new Grid<>();
    private final Grid<CommendationEntry> list = new Grid<>();
    private final Button save = new Button(getTranslation("commendation.save"), VaadinIcon.CHECK.create());
    private final Button approve = new Button(getTranslation("commendation.approve"), VaadinIcon.CHECK_CIRCLE.create());
    private final Anchor print = new Anchor("", getTranslation("commendation.print"));
    private final Anchor export = new Anchor();
    private final H3 candidatesTitle = new H3(getTranslation("commendation.candidates"));
    private Commendation current;
    private boolean draftYear;
    private final CommendationNoticePanel notice;
    /** {@code &item=commend_member}: only the entries the yearly report counts under that item (its 查看记录 link). */
    private String item;
    private final Span itemFilter = new Span();

    private final PersonNames names;
    /** 民主评议 grades as evidence beside each person (the party-life area answers; none without it). */
    private final jakarta.enterprise.inject.Instance<cn.fuwukuaiche.base.party.AppraisalGrades> appraisals;
    private java.util.Map<Long, String> appraisalGrades = java.util.Map.of();

    @Inject
    public CommendationView(CommendationService service, CurrentUser currentUser, PersonNames names,
                            jakarta.enterprise.inject.Instance<cn.fuwukuaiche.base.party.AppraisalGrades> appraisals,
                            HallAddress address) {
        this.names = names;
        this.appraisals = appraisals;
        this.service = service;
        this.leader = currentUser.is(Role.LEADER);
        this.notice = new CommendationNoticePanel(service, leader, address.of("public/notices"));
        setWidthFull();
        CommendationYear last = service.defaultYear();
        List<CommendationYear> years = new ArrayList<>();
        years.add(service.year(last.yearNo() + 1));
        for (int i = 0; i < 4; i++) {
            years.add(service.year(last.yearNo() - i));
        }
        year.setItems(years);
        year.setItemLabelGenerator(CommendationYear::label);
        year.setValue(last);
        year.setWidth("26em");
        year.setId("commendation-year");
        year.addValueChangeListener(e -> refresh());

        save.setId("commendation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        approve.setId("commendation-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> approve());
        print.setId("commendation-print");
        print.setTarget("_blank");
        export.setId("commendation-export");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));

        candidates.setId("commendation-candidates");
        candidates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addColumn(c -> c.kind().title()).setHeader(getTranslation("commendation.kind")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(CommendationCandidate::name).setHeader(getTranslation("commendation.name")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(c -> c.windowLabel() == null ? c.unitName() : c.windowLabel()).setHeader(getTranslation("commendation.windowOrUnit")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(CommendationCandidate::honoursText).setHeader(getTranslation("commendation.honours")).setFlexGrow(1);
        candidates.addColumn(c -> c.kind() == cn.fuwukuaiche.honour.commendation.entity.SubjectKind.PERSON
                        ? appraisalGrades.getOrDefault(c.id(), "") : "").setHeader(getTranslation("partylife.appraisal.evidence"))
                .setAutoWidth(true).setFlexGrow(0).setKey("appraisal");
        candidates.addColumn(CommendationCandidate::weight).setHeader(getTranslation("commendation.weight")).setAutoWidth(true).setFlexGrow(0);
        candidates.setAllRowsVisible(true);
        candidates.setWidthFull();

        list.setId("commendation-list");
        itemFilter.setId("commendation-item-filter");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(CommendationEntry::getSortOrder).setHeader(getTranslation("commendation.sortOrder")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(CommendationEntry::getTitle).setHeader(getTranslation("commendation.title")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(CommendationEntry::getSubjectName).setHeader(getTranslation("commendation.name")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(CommendationEntry::getUnitName).setHeader(getTranslation("commendation.unit")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(CommendationEntry::getHonours).setHeader(getTranslation("commendation.mainHonours")).setFlexGrow(1);
        list.addColumn(e -> notice.entryState(e)).setHeader(getTranslation("commendation.notice.column")).setWidth("16em").setFlexGrow(0);
        list.addComponentColumn(e -> {
            if (e.isWithdrawn() || draftYear) {
                return new Span();
            }
            Anchor a = new Anchor("commendation/certificate/" + e.getId(), getTranslation("commendation.certificate"));
            a.setTarget("_blank");
            a.setId("certificate-" + e.getId());
            return a;
        }).setAutoWidth(true).setFlexGrow(0);
        list.setAllRowsVisible(true);
        list.setWidthFull();

        status.setId("commendation-status");
        HorizontalLayout toolbar = new HorizontalLayout(year, save, approve, print, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation("menu.commendation")), toolbar, status, notice, new H3(getTranslation("commendation.list")), itemFilter, list, candidatesTitle, candidates);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.commendation") + " · " + getTranslation("app.brand");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryNumbers.integer(event.getLocation().getQueryParameters(), "year").flatMap(n -> year.getListDataView().getItems()
                .filter(c -> c.yearNo() == n).findFirst()).ifPresent(year::setValue);
        item = event.getLocation().getQueryParameters().getSingleParameter("item").orElse(null);
        refresh();
    }

    private void refresh() {
        CommendationYear y = year.getValue();
        if (y == null) {
            return;
        }
        Optional<Commendation> c = service.commendation(y.yearNo());
        current = c.orElse(null);
        List<CommendationEntry> entries = service.entries(y.yearNo());
        if (item != null) {
            // the report counts an approved list only
            boolean listApproved = current != null && current.getStatus() == CommendationStatus.APPROVED;
            List<CommendationEntry> counted = entries.stream().filter(e -> listApproved && CommendationYearFigures.counts(item, e.getSubjectKind(),
                    e.getTitle(), e.getWithdrawnAt() != null)).toList();
            list.setItems(counted);
            itemFilter.setText(getTranslation("commendation.itemFilter", CommendationYearFigures.label(item), counted.size()));
            itemFilter.getElement().setAttribute("data-count", String.valueOf(counted.size()));
        } else {
            list.setItems(entries);
        }
        itemFilter.setVisible(item != null);
        List<CommendationCandidate> cands = service.candidates(y.yearNo());
        appraisalGrades = appraisals.stream().findFirst().map(a -> a.latestGrades(y.end())).orElse(java.util.Map.of());
        candidates.setItems(cands);
        candidates.deselectAll();
        cands.stream().filter(CommendationCandidate::selected).forEach(candidates::select);
        boolean approved = current != null && current.getStatus() == CommendationStatus.APPROVED;
        // a year that has not ended is a draft: it may be compiled, never approved or printed
        Optional<String> draft = service.unfinished(y.yearNo(), getTranslation("commendation.draftSteps"));
        status.setText(draft.map(why -> getTranslation("commendation.draft", why) + " ").orElse("") + getTranslation("commendation.status", y.label(), current == null ? getTranslation("commendation.noList")
                : getTranslation("commendation.listState", current.getStatus().label(), approved ? getTranslation("commendation.approvedBy",
                names.of(current.getApprovedBy()), Times.format(current.getApprovedAt())) : "", entries.size()), cands.size()));
        save.setVisible(leader && !approved);
        approve.setVisible(leader && current != null && !approved && !entries.isEmpty() && draft.isEmpty());
        candidates.setVisible(!approved);
        candidatesTitle.setVisible(!approved);
        print.setVisible(!entries.isEmpty() && draft.isEmpty());
        draftYear = draft.isPresent();
        list.getDataProvider().refreshAll();
        print.setHref("commendation/print/" + y.yearNo());
        export.setVisible(!entries.isEmpty());
        notice.show(y.yearNo(), current, this::refresh);
        export.setHref(new StreamResource(getTranslation("commendation.exportFile", y.yearNo()), () -> new ByteArrayInputStream(service.export(y.yearNo()))));
    }

    private void save() {
        try {
            service.select(year.getValue().yearNo(), candidates.getSelectedItems().stream()
                    .sorted((a, b) -> Integer.compare(candidates.getListDataView().getItems().toList().indexOf(a),
                            candidates.getListDataView().getItems().toList().indexOf(b)))
                    .map(CommendationCandidate::key).toList(), current == null ? null : current.getVersion());
            notify(getTranslation("commendation.saved"), false);
        } catch (BusinessException e) {
            notify(e.getMessage(), true);
        }
        refresh();
    }

    /** Approving is final (the list can no longer change): the leader is told what and how many first. */
    private void approve() {
        CommendationYear y = year.getValue();
        int n = service.listed(y.yearNo()).size();
        FinalStepDialog.ask(getTranslation("commendation.approveTitle", y.label()), getTranslation("commendation.approveText", n),
                getTranslation("commendation.approve")).onConfirm(reason -> {
                    service.approve(y.yearNo(), current.getVersion());
                    return getTranslation("commendation.approved");
                }).then(this::refresh).open();
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
