package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.ui.DecisionDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.evaluation.control.RectificationRules;
import cn.fuwukuaiche.security.control.PersonNames;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PhoneColumns;
import cn.fuwukuaiche.evaluation.control.RatingQueryService;
import cn.fuwukuaiche.evaluation.control.RectificationService;
import cn.fuwukuaiche.evaluation.control.RectificationService.Row;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingAppeal;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jakarta.enterprise.context.Dependent;

/**
 * 差评整改: every 差评's call-back and fix with green / yellow / red lights, overdue first, for everyone in
 * scope (the branch secretary sees their branch's, the leader all). The window's staff record the steps and
 * may appeal; the leader decides appeals here too.
 */
@Dependent
@Route("rectifications")
@PageTitle("差评整改 · 服务快车")
@Menu(title = "menu.rectifications", order = 21, icon = "vaadin:tools")
@RolesAllowed({Role.Names.STAFF, Role.Names.SECRETARY, Role.Names.LEADER, Role.Names.ADMIN})
public class RectificationView extends VerticalLayout {

    private final RectificationService service;
    private final CurrentUser currentUser;
    private final ComboBox<ServiceWindow> window = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final ComboBox<DeadlineLight> light = new ComboBox<>();
    private final Span summary = new Span();
    private final Grid<Row> grid = new Grid<>();
    private final Grid<RatingAppeal> appeals = new Grid<>();
    private final Checkbox pendingOnly = new Checkbox();

    private final PersonNames names;

    @Inject
    public RectificationView(RectificationService service, RatingQueryService ratings, CurrentUser currentUser, PersonNames names) {
        this.names = names;
        this.service = service;
        this.currentUser = currentUser;
        setSizeFull();
        List<ServiceWindow> windows = ratings.windows();
        RatingListView.windowFilter(window, windows, "rect-window");
        openOnly.setLabel(getTranslation("rect.openOnly"));
        openOnly.setValue(true);
        openOnly.setId("rect-open-only");
        light.setLabel(getTranslation("rect.light"));
        light.setItems(DeadlineLight.values());
        light.setItemLabelGenerator(DeadlineLight::label);
        light.setClearButtonVisible(true);
        light.setId("rect-light");
        window.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        light.addValueChangeListener(e -> refresh());
        summary.setId("rect-summary");
        summary.addClassName("rect-summary");

        grid.setId("rect-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::lightBadge).setHeader(getTranslation("rect.light")).setAutoWidth(true).setFlexGrow(0);
        List<Grid.Column<Row>> wide = new ArrayList<>();
        wide.add(grid.addColumn(r -> r.rectification().getWindow().label()).setHeader(getTranslation("ratings.window")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> Times.format(r.rectification().getRating().getRatedAt())).setHeader(getTranslation("ratings.time")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> r.rectification().getRating().getLevel().label()).setHeader(getTranslation("ratings.level")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> staffName(r.rectification().getRating())).setHeader(getTranslation("ratings.staff")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> Objects.toString(r.rectification().getRating().getComment(), "")).setHeader(getTranslation("ratings.comment"))
                .setWidth("220px").setFlexGrow(2));
        wide.add(grid.addColumn(r -> due(r.rectification().getCallbackDue(), r)).setHeader(getTranslation("rect.callbackDue")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> due(r.rectification().getFixDue(), r)).setHeader(getTranslation("rect.fixDue")).setAutoWidth(true));
        wide.add(grid.addColumn(this::status).setHeader(getTranslation("rect.status")).setAutoWidth(true));
        wide.add(grid.addColumn(r -> r.appeal() == null ? "" : r.appeal().getStatus().label()).setHeader(getTranslation("rect.appeal")).setAutoWidth(true));
        // on a phone: one card (window, rating, staff, comment, deadlines, status) and a button to act on it
        Grid.Column<Row> card = grid.addComponentColumn(this::phoneCard).setHeader(getTranslation("rect.item")).setFlexGrow(1);
        Grid.Column<Row> act = grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("rect.handle"), e -> open(r.rectification().getId()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            open.addClassName("rect-handle");
            return open;
        }).setHeader(getTranslation("rect.action")).setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.install(grid, wide, List.of(card, act));
        grid.addItemClickListener(e -> open(e.getItem().rectification().getId()));

        HorizontalLayout filters = new HorizontalLayout(window, light, openOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        appeals.setId("appeal-grid");
        appeals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        appeals.addColumn(a -> a.getWindow().label()).setHeader(getTranslation("ratings.window")).setAutoWidth(true);
        appeals.addColumn(a -> Times.format(a.getRating().getRatedAt()) + " " + a.getRating().getLevel().label())
                .setHeader(getTranslation("rect.rating")).setAutoWidth(true);
        appeals.addColumn(RatingAppeal::getReason).setHeader(getTranslation("rect.appealReason")).setFlexGrow(1);
        appeals.addColumn(a -> Times.format(a.getAppealedAt())).setHeader(getTranslation("rect.appealedAt")).setAutoWidth(true);
        appeals.addColumn(a -> a.getStatus().label()).setHeader(getTranslation("rect.status")).setAutoWidth(true);
        appeals.addColumn(a -> Objects.toString(a.getDecisionReason(), "")).setHeader(getTranslation("rect.decisionReason")).setFlexGrow(1);
        if (currentUser.is(Role.LEADER)) {
            appeals.addComponentColumn(a -> {
                if (!RectificationRules.decidable(a.getStatus())) {
                    return new Span();
                }
                Button decide = new Button(getTranslation("rect.decide"), e -> decide(a));
                decide.setId("decide-" + a.getId());
                decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                return decide;
            }).setAutoWidth(true);
        }
        appeals.setAllRowsVisible(true);
        pendingOnly.setLabel(getTranslation("rect.pendingOnly"));
        pendingOnly.setValue(true);
        pendingOnly.addValueChangeListener(e -> refreshAppeals());

        H3 appealTitle = new H3(getTranslation("rect.appeals"));
        add(new H2(getTranslation("rect.title")), new Paragraph(getTranslation("rect.intro")), filters, summary, grid,
                new HorizontalLayout(appealTitle, pendingOnly), appeals);
        grid.setMinHeight("360px");
        refresh();
        refreshAppeals();
    }

    private Component phoneCard(Row r) {
        var rating = r.rectification().getRating();
        Span title = new Span(r.rectification().getWindow().label() + " · " + rating.getLevel().label());
        title.addClassName("phone-card-title");
        Span when = new Span(Times.format(rating.getRatedAt()) + " " + staffName(rating));
        when.addClassName("phone-card-line");
        Div card = new Div(title, when);
        if (rating.getComment() != null && !rating.getComment().isBlank()) {
            Span comment = new Span(rating.getComment());
            comment.addClassName("phone-card-line");
            card.add(comment);
        }
        Span dues = new Span(getTranslation("rect.phoneDues", due(r.rectification().getCallbackDue(), r), due(r.rectification().getFixDue(), r)));
        dues.addClassName("phone-card-line");
        Span status = new Span(status(r) + (r.appeal() == null ? "" : " · " + r.appeal().getStatus().label()));
        status.addClassNames("phone-card-line", "phone-card-status");
        card.add(dues, status);
        card.addClassName("phone-card");
        return card;
    }

    private Component lightBadge(Row r) {
        Span s = new Span();
        if (r.light() != null) {
            s.setText("● " + r.light().label());
            s.addClassNames("light", "light-" + r.light().name().toLowerCase());
        } else if (r.deadlineProblem() != null) {
            s.setText(getTranslation("rect.noCalendar"));
            s.addClassNames("light", "light-unknown");
        } else {
            s.setText(getTranslation("rect.closed"));
            s.addClassNames("light", "light-closed");
        }
        return s;
    }

    private String due(LocalDate date, Row r) {
        if (date == null) {
            return r.deadlineProblem() == null ? "" : r.deadlineProblem();
        }
        return Times.format(date);
    }

    private String status(Row r) {
        Rectification rect = r.rectification();
        StringBuilder b = new StringBuilder(rect.getStatus().label());
        if (r.callbackLate()) {
            b.append("（").append(getTranslation("rect.callbackLate")).append("）");
        }
        if (r.fixLate()) {
            b.append("（").append(getTranslation("rect.fixLate")).append("）");
        }
        if (rect.getFollowUpLevel() != null) {
            b.append(" · ").append(getTranslation("rect.followUp")).append("：").append(rect.getFollowUpLevel().label());
        }
        return b.toString();
    }

    private static String staffName(Rating r) {
        return r.getStaff() == null ? "" : r.getStaff().getName();
    }

    private void refresh() {
        List<Row> rows = service.list(new RectificationService.RectificationFilter(window.getValue() == null ? null : window.getValue().getId(),
                openOnly.getValue(), light.getValue()));
        grid.setItems(rows);
        long red = rows.stream().filter(r -> r.light() == DeadlineLight.RED).count();
        long yellow = rows.stream().filter(r -> r.light() == DeadlineLight.YELLOW).count();
        long green = rows.stream().filter(r -> r.light() == DeadlineLight.GREEN).count();
        summary.setText(getTranslation("rect.summary", rows.size(), red, yellow, green));
    }

    private void refreshAppeals() {
        appeals.setItems(service.appeals(pendingOnly.getValue()));
    }

    private boolean ownWindow(Rectification r) {
        UserAccount me = currentUser.account().orElse(null);
        return me != null && currentUser.is(Role.STAFF) && Objects.equals(me.getWindowId(), r.getWindow().getId());
    }

    private void open(long id) {
        Row row = service.get(id);
        Rectification r = row.rectification();
        Rating rating = r.getRating();
        Dialog dialog = new Dialog();
        dialog.setId("rect-dialog");
        dialog.setWidth("760px");
        dialog.setHeaderTitle(getTranslation("rect.dialogTitle", r.getId(), r.getWindow().label()));
        Div facts = new Div();
        facts.addClassName("rect-facts");
        fact(facts, "ratings.time", Times.format(rating.getRatedAt()));
        fact(facts, "ratings.level", rating.getLevel().label());
        fact(facts, "ratings.staff", staffName(rating));
        fact(facts, "ratings.scores", RatingListView.subScores(rating));
        fact(facts, "ratings.comment", rating.getComment());
        fact(facts, "rect.callbackDue", due(r.getCallbackDue(), row));
        fact(facts, "rect.fixDue", due(r.getFixDue(), row) + "（" + getTranslation("rect.fixDays", r.getFixWorkingDays()) + "）");
        fact(facts, "rect.status", status(row));
        if (r.getCallbackAt() != null) {
            fact(facts, "rect.callback", Times.format(r.getCallbackAt()) + " " + names.of(r.getCallbackBy()) + "：" + r.getCallbackNote());
        }
        if (r.getFixedAt() != null) {
            fact(facts, "rect.fix", Times.format(r.getFixedAt()) + " " + names.of(r.getFixedBy()) + "：" + r.getFixNote());
        }
        if (row.appeal() != null) {
            RatingAppeal a = row.appeal();
            fact(facts, "rect.appeal", a.getStatus().label() + "：" + a.getReason()
                    + (a.getDecisionReason() == null ? "" : "；" + getTranslation("rect.decisionReason") + "：" + a.getDecisionReason()));
        }
        dialog.add(facts);
        Div evidence = new Div();
        evidence.addClassName("rect-evidence");
        for (RectificationService.EvidenceInfo e : service.evidence(r.getId())) {
            Anchor a = new Anchor(new StreamResource(e.fileName(), () -> new ByteArrayInputStream(service.evidenceContent(e.id()).content())),
                    getTranslation("rect.evidenceLink", e.step().label(), e.fileName()));
            a.getElement().setAttribute("download", true);
            evidence.add(new Div(a));
        }
        dialog.add(evidence);

        if (ownWindow(r)) {
            actions(dialog, row);
        }
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("rect-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void fact(Div facts, String key, String value) {
        Span k = new Span(getTranslation(key));
        k.addClassName("fact-key");
        Span v = new Span(value == null ? "" : value);
        v.addClassName("fact-value");
        facts.add(new Div(k, v));
    }

    private void actions(Dialog dialog, Row row) {
        Rectification r = row.rectification();
        Set<RectificationRules.Step> steps = RectificationRules.possibleSteps(r.getStatus(), r.getFollowUpLevel() != null, row.appeal() != null);
        if (steps.contains(RectificationRules.Step.CALLBACK)) {
            EntityForm form = oneColumn();
            TextArea note = form.field("callbackNote", new TextArea(getTranslation("rect.callbackNote")));
            note.setId("callback-note");
            EvidenceUpload files = form.mark("evidence", new EvidenceUpload(getTranslation("rect.evidenceOptional")));
            Button save = step(dialog, form, getTranslation("rect.saveCallback"), "save-callback",
                    () -> service.recordCallback(r.getId(), r.getVersion(), note.getValue(), files.files()));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new H3(getTranslation("rect.callback")), form, files, save);
        } else if (steps.contains(RectificationRules.Step.FIX)) {
            EntityForm form = oneColumn();
            TextArea note = form.field("fixNote", new TextArea(getTranslation("rect.fixNote")));
            note.setId("fix-note");
            EvidenceUpload files = form.mark("evidence", new EvidenceUpload(getTranslation("rect.evidenceRequired")));
            files.setUploadId("fix-evidence");
            Button save = step(dialog, form, getTranslation("rect.saveFix"), "save-fix",
                    () -> service.recordFix(r.getId(), r.getVersion(), note.getValue(), files.files()));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new H3(getTranslation("rect.fix")), form, files, save);
        } else if (steps.contains(RectificationRules.Step.FOLLOW_UP)) {
            EntityForm form = new EntityForm();
            ComboBox<RatingLevel> level = new ComboBox<>(getTranslation("rect.followUp"), RatingLevel.values());
            level.setItemLabelGenerator(RatingLevel::label);
            level.setId("follow-up-level");
            form.bind("followUpLevel", level);
            Button save = step(dialog, form, getTranslation("rect.saveFollowUp"), "save-follow-up",
                    () -> service.recordFollowUp(r.getId(), r.getVersion(), level.getValue()));
            dialog.add(new H3(getTranslation("rect.followUp")), new HorizontalLayout(level, save));
        }
        if (steps.contains(RectificationRules.Step.APPEAL)) {
            EntityForm form = oneColumn();
            TextArea reason = form.field("appealReason", new TextArea(getTranslation("rect.appealReason")));
            reason.setId("appeal-reason");
            Button appeal = step(dialog, form, getTranslation("rect.doAppeal"), "save-appeal",
                    () -> service.appeal(r.getRating().getId(), reason.getValue()));
            appeal.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.add(new H3(getTranslation("rect.appeal")), new Paragraph(getTranslation("rect.appealHint")), form, appeal);
        }
    }

    private static EntityForm oneColumn() {
        EntityForm form = new EntityForm();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    /** A step's button: runs the service call through {@code form} (refusals beside their fields), then closes. */
    private Button step(Dialog dialog, EntityForm form, String label, String id, SerializableRunnable call) {
        Button save = new Button(label, e -> {
            if (form.save(call)) {
                dialog.close();
                done();
            }
        });
        save.setId(id);
        return save;
    }

    private void decide(RatingAppeal a) {
        DecisionDialog dialog = new DecisionDialog(getTranslation("rect.decideTitle", a.getWindow().label()),
                getTranslation("rect.decisionReason"), "decisionReason", "decision-reason")
                .about(new Paragraph(getTranslation("rect.appealReason") + "：" + a.getReason()),
                        new Paragraph(getTranslation("ratings.comment") + "：" + Objects.toString(a.getRating().getComment(), "")))
                .decision(getTranslation("rect.reject"), "reject",
                        why -> service.decide(a.getId(), a.getVersion(), false, why))
                .decision(getTranslation("rect.uphold"), "uphold",
                        why -> service.decide(a.getId(), a.getVersion(), true, why), ButtonVariant.LUMO_PRIMARY)
                .then(getTranslation("ratings.saved"), () -> {
                    refresh();
                    refreshAppeals();
                });
        dialog.setId("decide-dialog");
        dialog.setWidth("640px");
        dialog.open();
    }

    private void done() {
        EntityForm.saved(getTranslation("ratings.saved"));
        refresh();
        refreshAppeals();
    }
}
