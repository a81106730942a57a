package cn.fuwukuaiche.partylife.appraisal.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.base.ui.FriendlyErrorHandler;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalRules;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalService;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import cn.fuwukuaiche.partylife.appraisal.entity.Handling;
import cn.fuwukuaiche.partylife.appraisal.entity.MemberAppraisal;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.Dependent;

/**
 * 民主评议党员 for the branch's secretary (and LEADER/ADMIN): open the year's appraisal, see who has voted (never
 * what), end the ballot, decide the grades with the tallies beside them (优秀 within the cap), record the handling of
 * 不合格 members; the leader puts the grades to 公示.
 */
@Dependent
@Route("party/appraisal")
@Menu(title = "partylife.appraisal.menu", order = 54, icon = "vaadin:group")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class AppraisalView extends VerticalLayout implements HasDynamicTitle {

    private final AppraisalService service;
    private final boolean leader;
    private final ComboBox<AppraisalService.BranchChoice> branch = new ComboBox<>(getTranslation("partylife.appraisal.branch"));
    private final ComboBox<MemberAppraisal> year = new ComboBox<>(getTranslation("partylife.appraisal.year"));
    private final Span status = new Span();
    private final Button open = new Button(getTranslation("partylife.appraisal.open"), VaadinIcon.PLUS.create());
    private final Button close = new Button(getTranslation("partylife.appraisal.close"), VaadinIcon.STOP.create());
    private final Button suggest = new Button(getTranslation("partylife.appraisal.suggest"), VaadinIcon.MAGIC.create());
    private final Button decide = new Button(getTranslation("partylife.appraisal.decide"), VaadinIcon.CHECK.create());
    private final Button notice = new Button(getTranslation("partylife.appraisal.notice"), VaadinIcon.MEGAPHONE.create());
    private final TextField excellent = new TextField(getTranslation("partylife.appraisal.excellentCount"));
    private final Grid<AppraisalService.Line> grid = new Grid<>();
    private final Map<Long, ComboBox<AppraisalGrade>> gradeFields = new HashMap<>();
    private AppraisalService.Overview overview;
    private final Long myStaffId;

    @Inject
    public AppraisalView(AppraisalService service, CurrentUser user) {
        this.service = service;
        this.leader = user.is(Role.LEADER);
        this.myStaffId = user.account().map(cn.fuwukuaiche.security.entity.UserAccount::getStaffId).orElse(null);
        setWidthFull();
        branch.setId("appraisal-branch");
        branch.setItemLabelGenerator(AppraisalService.BranchChoice::name);
        branch.setItems(service.branches());
        branch.addValueChangeListener(e -> loadYears(null));
        year.setId("appraisal-year");
        year.setItemLabelGenerator(a -> getTranslation("partylife.appraisal.yearLabel", a.getAppraisalYear()));
        year.addValueChangeListener(e -> refresh());
        open.setId("appraisal-open");
        open.addClickListener(e -> openDialog());
        close.setId("appraisal-close");
        close.addClickListener(e -> closeBallot());
        suggest.setId("appraisal-suggest");
        suggest.addClickListener(e -> suggest());
        decide.setId("appraisal-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(e -> decide());
        notice.setId("appraisal-notice");
        notice.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        notice.addClickListener(e -> putToNotice());
        excellent.setId("appraisal-excellent");
        excellent.setReadOnly(true);
        excellent.setWidth("22em");
        status.setId("appraisal-status");

        grid.setId("appraisal-members");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> l.member().getMemberName()).setHeader(getTranslation("partylife.appraisal.member")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.member().getSelfReview() == null ? getTranslation("partylife.appraisal.noReview") : l.member().getSelfReview())
                .setHeader(getTranslation("partylife.appraisal.selfReview")).setFlexGrow(1);
        grid.addColumn(l -> getTranslation(l.voted() ? "partylife.appraisal.voted" : "partylife.appraisal.notVoted"))
                .setHeader(getTranslation("partylife.appraisal.turnout")).setAutoWidth(true).setFlexGrow(0);
        for (AppraisalGrade g : AppraisalGrade.values()) {
            grid.addColumn(l -> l.tally() == null ? "—" : String.valueOf(l.tally().get(g))).setHeader(g.label()).setAutoWidth(true).setFlexGrow(0)
                    .setKey("tally-" + g.name());
        }
        grid.addComponentColumn(this::gradeCell).setHeader(getTranslation("partylife.appraisal.grade")).setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(this::handlingCell).setHeader(getTranslation("partylife.appraisal.handling")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        HorizontalLayout toolbar = new HorizontalLayout(branch, year, open);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(close, excellent, suggest, decide, notice);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span secrecy = new Span(getTranslation("partylife.appraisal.secrecy"));
        secrecy.addClassName("muted");
        add(new H2(getTranslation("partylife.appraisal.title")), toolbar, status, secrecy, actions, grid);
        branch.getListDataView().getItems().findFirst().ifPresent(branch::setValue);
        if (branch.getValue() == null) {
            refresh();
        }
    }

    private void loadYears(Long select) {
        List<MemberAppraisal> list = branch.getValue() == null ? List.of() : service.appraisals(branch.getValue().id());
        year.setItems(list);
        year.setValue(list.stream().filter(a -> select == null || a.getId().equals(select)).findFirst().orElse(null));
        if (year.getValue() == null) {
            refresh();
        }
    }

    private void refresh() {
        gradeFields.clear();
        MemberAppraisal a = year.getValue();
        overview = a == null ? null : service.overview(a.getId());
        AppraisalStatus s = a == null ? null : overview.appraisal().getStatus();
        if (overview == null) {
            status.setText(getTranslation("partylife.appraisal.none"));
            grid.setItems(List.of());
        } else {
            status.setText(getTranslation("partylife.appraisal.statusLine", a.getAppraisalYear(), s.label(), overview.lines().size(),
                    overview.voted(), overview.cap(), overview.appraisal().getExcellentCapPercent()));
            grid.setItems(overview.lines());
        }
        close.setVisible(s == AppraisalStatus.OPEN);
        boolean deciding = s == AppraisalStatus.CLOSED || s == AppraisalStatus.DECIDED;
        suggest.setVisible(deciding);
        decide.setVisible(deciding);
        excellent.setVisible(deciding || s == AppraisalStatus.NOTICED);
        boolean renotice = s == AppraisalStatus.NOTICED && overview.lines().stream().anyMatch(l -> l.member().isNoticePending());
        notice.setVisible(leader && (s == AppraisalStatus.DECIDED || renotice));
        for (AppraisalGrade g : AppraisalGrade.values()) {
            grid.getColumnByKey("tally-" + g.name()).setVisible(s != null && s != AppraisalStatus.OPEN);
        }
        excellent.setInvalid(false);
        countExcellent();
    }

    private com.vaadin.flow.component.Component gradeCell(AppraisalService.Line l) {
        AppraisalMember m = l.member();
        AppraisalStatus s = overview.appraisal().getStatus();
        if ((s == AppraisalStatus.CLOSED || s == AppraisalStatus.DECIDED) && myStaffId != null && myStaffId == m.getStaffId()) {
            // his own grade is not his to decide (ConflictOfInterest): the general branch decides it
            Span own = new Span(getTranslation("partylife.appraisal.ownGrade", m.getGrade() == null ? "—" : m.getGrade().label()));
            own.setId("appraisal-own-grade");
            return own;
        }
        if (s == AppraisalStatus.CLOSED || s == AppraisalStatus.DECIDED) {
            ComboBox<AppraisalGrade> c = new ComboBox<>();
            c.setItems(AppraisalGrade.values());
            c.setItemLabelGenerator(AppraisalGrade::label);
            c.setValue(m.getGrade());
            c.setWidthFull();
            c.setId("appraisal-grade-" + m.getStaffId());
            c.getElement().setAttribute("aria-label", getTranslation("partylife.appraisal.gradeOf", m.getMemberName()));
            c.addValueChangeListener(e -> {
                c.setInvalid(false);
                countExcellent();
            });
            gradeFields.put(m.getStaffId(), c);
            return c;
        }
        String text = m.getGrade() == null ? "—" : m.getGrade().label();
        if (m.isWithdrawn()) {
            text = getTranslation("partylife.appraisal.withdrawn", text);
            Button again = new Button(getTranslation("partylife.appraisal.redecide"), e -> redecideDialog(m));
            again.setId("appraisal-redecide-" + m.getStaffId());
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout h = new HorizontalLayout(new Span(text), again);
            h.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            return h;
        }
        if (m.isNoticePending()) {
            text = getTranslation("partylife.appraisal.redecided", text);
        }
        return new Span(text);
    }

    private com.vaadin.flow.component.Component handlingCell(AppraisalService.Line l) {
        AppraisalMember m = l.member();
        if (m.getGrade() != AppraisalGrade.UNQUALIFIED) {
            return new Span();
        }
        String text = m.getHandling() == null ? getTranslation("partylife.appraisal.handlingMissing")
                : m.getHandling().label() + (m.getHandlingDue() == null ? "" : " " + Times.format(m.getHandlingDue()));
        Button edit = new Button(getTranslation("partylife.appraisal.handlingRecord"), e -> handlingDialog(m));
        edit.setId("appraisal-handle-" + m.getStaffId());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout h = new HorizontalLayout(new Span(text), edit);
        h.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return h;
    }

    private void countExcellent() {
        if (overview == null) {
            return;
        }
        long n = gradeFields.isEmpty()
                ? overview.lines().stream().filter(l -> l.member().getGrade() == AppraisalGrade.EXCELLENT && !l.member().isWithdrawn()).count()
                : gradeFields.values().stream().filter(c -> c.getValue() == AppraisalGrade.EXCELLENT).count()
                + overview.lines().stream().filter(l -> !gradeFields.containsKey(l.member().getStaffId())
                        && l.member().getGrade() == AppraisalGrade.EXCELLENT).count(); // one's own, decided by the general branch
        excellent.setValue(getTranslation("partylife.appraisal.excellentOf", n, overview.cap()));
    }

    private void openDialog() {
        if (branch.getValue() == null) {
            return;
        }
        EditDialog d = new EditDialog(getTranslation("partylife.appraisal.openTitle", branch.getValue().name()),
                getTranslation("partylife.appraisal.open"), "appraisal-open-save");
        IntegerField y = d.form().field("year", new IntegerField(getTranslation("partylife.appraisal.year")));
        y.setValue(Times.today().getYear());
        y.setId("appraisal-open-year");
        IntegerField cap = d.form().field("capPercent", new IntegerField(getTranslation("partylife.appraisal.capPercent")));
        cap.setValue(service.defaultCapPercent());
        cap.setSuffixComponent(new Span("%"));
        cap.setHelperText(getTranslation("partylife.appraisal.capHelp"));
        cap.setId("appraisal-open-cap");
        long branchId = branch.getValue().id();
        d.onSave(() -> {
            MemberAppraisal a = service.open(branchId, y.getValue() == null ? 0 : y.getValue(), cap.getValue() == null ? 0 : cap.getValue());
            EntityForm.saved(getTranslation("partylife.appraisal.opened"));
            loadYears(a.getId());
        });
        d.open();
    }

    private void closeBallot() {
        MemberAppraisal a = overview.appraisal();
        FinalStepDialog.ask(getTranslation("partylife.appraisal.close"),
                        getTranslation("partylife.appraisal.closeText", overview.lines().size() - overview.voted(), overview.lines().size()),
                        getTranslation("partylife.appraisal.close"))
                .onConfirm(why -> {
                    service.close(a.getId(), a.getVersion());
                    return getTranslation("partylife.appraisal.closed");
                }).then(() -> loadYears(a.getId())).open();
    }

    private void suggest() {
        try {
            Map<Long, AppraisalGrade> s = service.suggestion(overview.appraisal().getId());
            s.forEach((id, g) -> Optional.ofNullable(gradeFields.get(id)).ifPresent(c -> c.setValue(g)));
        } catch (BusinessException e) {
            show(e);
        }
    }

    private void decide() {
        Map<Long, AppraisalGrade> grades = new HashMap<>();
        gradeFields.forEach((id, c) -> grades.put(id, c.getValue()));
        MemberAppraisal a = overview.appraisal();
        try {
            MemberAppraisal saved = service.decide(a.getId(), a.getVersion(), grades);
            EntityForm.saved(getTranslation(saved.getStatus() == AppraisalStatus.DECIDED ? "partylife.appraisal.decided"
                    : "partylife.appraisal.decidedOwnPending"));
            loadYears(a.getId());
        } catch (BusinessException e) {
            show(e);
        } catch (RuntimeException e) {
            FriendlyErrorHandler.show(FriendlyErrorHandler.messageFor(e));
        }
    }

    private void show(BusinessException e) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put(AppraisalRules.GRADES, excellent);
        gradeFields.forEach((id, c) -> fields.put("grade:" + id, c));
        EntityForm.show(e, fields);
    }

    private void putToNotice() {
        MemberAppraisal a = overview.appraisal();
        FinalStepDialog.ask(getTranslation("partylife.appraisal.notice"),
                        getTranslation("partylife.appraisal.noticeText", a.getStatus() == AppraisalStatus.NOTICED
                                ? overview.lines().stream().filter(l -> l.member().isNoticePending()).count() : overview.lines().size()),
                        getTranslation("partylife.appraisal.notice"))
                .onConfirm(why -> {
                    service.putToNotice(a.getId(), a.getVersion());
                    return getTranslation("partylife.appraisal.noticed");
                }).then(() -> loadYears(a.getId())).open();
    }

    private void redecideDialog(AppraisalMember m) {
        EditDialog d = new EditDialog(getTranslation("partylife.appraisal.redecideTitle", m.getMemberName()),
                getTranslation("action.save"), "appraisal-redecide-save");
        RadioButtonGroup<AppraisalGrade> grade = d.form().field("grade", new RadioButtonGroup<>(getTranslation("partylife.appraisal.grade")));
        grade.setItems(AppraisalGrade.values());
        grade.setItemLabelGenerator(AppraisalGrade::label);
        grade.setId("appraisal-redecide-grade");
        Span withdrawn = new Span(getTranslation("partylife.appraisal.redecideWhy", m.getWithdrawnReason()));
        withdrawn.addClassName("muted");
        d.form().add(withdrawn);
        TextArea reason = d.form().field("reason", new TextArea(getTranslation("partylife.appraisal.redecideReason")));
        reason.setMaxLength(1000);
        reason.setId("appraisal-redecide-reason");
        d.onSave(() -> {
            service.redecide(m.getId(), m.getVersion(), grade.getValue(), reason.getValue());
            EntityForm.saved(getTranslation("partylife.appraisal.redecideSaved"));
            refresh();
        });
        d.open();
    }

    private void handlingDialog(AppraisalMember m) {
        EditDialog d = new EditDialog(getTranslation("partylife.appraisal.handlingTitle", m.getMemberName()),
                getTranslation("action.save"), "appraisal-handling-save");
        RadioButtonGroup<Handling> kind = d.form().field("handling", new RadioButtonGroup<>(getTranslation("partylife.appraisal.handling")));
        kind.setItems(Arrays.asList(Handling.values()));
        kind.setItemLabelGenerator(Handling::label);
        kind.setValue(m.getHandling() == null ? Handling.CORRECT_BY_DATE : m.getHandling());
        DatePicker due = d.form().field("handlingDue", ChineseDates.picker(getTranslation("partylife.appraisal.handlingDue")));
        due.setValue(m.getHandlingDue());
        TextArea note = d.form().field("handlingNote", new TextArea(getTranslation("partylife.appraisal.handlingNote")));
        note.setValue(m.getHandlingNote() == null ? "" : m.getHandlingNote());
        note.setMaxLength(1000);
        d.onSave(() -> {
            service.handle(m.getId(), m.getVersion(), kind.getValue(), due.getValue(), note.getValue());
            EntityForm.saved(getTranslation("partylife.appraisal.handled"));
            refresh();
        });
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.appraisal.title");
    }
}
