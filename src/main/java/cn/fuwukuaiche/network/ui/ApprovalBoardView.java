package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.network.control.ApprovalService;
import cn.fuwukuaiche.network.control.ApprovalService.ProjectView;
import cn.fuwukuaiche.network.control.ApprovalService.TaskView;
import cn.fuwukuaiche.network.entity.TaskAnswer;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;


/**
 * 并联审批 board: each project with its overall deadline light and one chip per department (its answer,
 * 视为同意 when deemed, or its own deadline light). STAFF also see their window's tasks; ADMIN and STAFF
 * register projects (中心登记).
 */
@Dependent
@Route("network/approvals")
@PageTitle("并联审批 · 服务快车")
@Menu(title = "menu.network.approvals", order = 63, icon = "vaadin:connect")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.STAFF})
public class ApprovalBoardView extends VerticalLayout {

    private final ApprovalService approvals;
    private final OrgDirectory org;
    private final Div board = new Div();

    @Inject
    public ApprovalBoardView(ApprovalService approvals, OrgDirectory org, CurrentUser currentUser) {
        this.approvals = approvals;
        this.org = org;
        setWidthFull();
        add(new H2(getTranslation("network.approvals.title")));
        if (currentUser.isAny(Role.ADMIN, Role.STAFF)) {
            Button register = new Button(getTranslation("network.approvals.register"), VaadinIcon.PLUS.create(), e -> register());
            register.setId("approval-register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(register);
        }
        board.setId("approval-board");
        board.setWidthFull();
        board.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(420px, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        add(board);
        if (currentUser.is(Role.STAFF)) {
            add(new H3(getTranslation("network.approvals.myTasks")), myTasks());
        }
        refresh();
    }

    private void refresh() {
        board.removeAll();
        for (ProjectView p : approvals.board()) {
            board.add(card(p));
        }
    }

    private Component card(ProjectView v) {
        Div card = new Div();
        card.addClassName("approval-card");
        card.getStyle().set("border", "1px solid #f0d9d9").set("border-radius", "8px").set("padding", "12px")
                .set("background", "#fff").set("cursor", "pointer");
        Span number = new Span(v.project().getProjectNumber());
        number.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "8px");
        Span name = new Span(v.project().getProjectName());
        name.getStyle().set("font-weight", "600");
        Div head = new Div(number, name);
        Div state = new Div(new Span(v.project().getState().label()
                + (v.project().getResult() == null ? "" : "：" + v.project().getResult().label())
                + (v.project().getDeadline() == null ? "" : " · " + getTranslation("network.approval.deadline") + " "
                + Times.format(v.project().getDeadline()) + " ")));
        if (v.light() != null) {
            state.add(Lights.badge(v.light(), ""));
        }
        state.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "4px 0 8px 0");
        Div chips = new Div();
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "6px");
        for (TaskView t : v.tasks()) {
            chips.add(chip(this, t));
        }
        card.add(head, state, chips);
        card.getElement().addEventListener("click", e -> getUI().ifPresent(ui -> ui.navigate(ApprovalDetailView.class, v.project().getId())));
        return card;
    }

    /** A department's chip: green 同意/视为同意, red 不同意, amber 补正, else its own deadline light. */
    static Component chip(Component host, TaskView t) {
        String unit = t.task().getUnit().getShortName() != null ? t.task().getUnit().getShortName() : t.task().getUnit().getName();
        TaskAnswer a = t.effective();
        Span chip;
        if (a == null) {
            String light = t.light() == null ? "" : t.light().label();
            chip = Lights.chip(unit + " · " + host.getTranslation("network.approval.pending") + (light.isEmpty() ? "" : "（" + light + "）"),
                    Lights.color(t.light()) + "22", Lights.color(t.light()));
        } else {
            String bg = switch (a) {
                case AGREE -> "#2e7d32";
                case DEEMED_AGREE -> "#558b2f";
                case REJECT -> "#c62828";
                case NEED_MATERIALS -> "#ef6c00";
            };
            chip = Lights.chip(unit + " · " + a.label(), bg, "#fff");
        }
        chip.getElement().setAttribute("data-answer", a == null ? "PENDING" : a.name());
        chip.addClassName("approval-chip");
        return chip;
    }

    private Component myTasks() {
        Grid<TaskView> grid = new Grid<>();
        grid.setId("approval-my-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(t -> chip(this, t)).setHeader(getTranslation("network.approval.answer")).setAutoWidth(true);
        grid.addColumn(t -> t.task().getApproval().getProjectNumber()).setHeader(getTranslation("network.approval.number")).setAutoWidth(true);
        grid.addColumn(t -> t.task().getApproval().getProjectName()).setHeader(getTranslation("network.approval.name")).setFlexGrow(2);
        grid.addColumn(t -> Times.format(t.task().getDeadline())).setHeader(getTranslation("network.approval.taskDeadline")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ApprovalDetailView.class, e.getItem().task().getApproval().getId())));
        grid.setItems(approvals.myTasks());
        return grid;
    }

    private void register() {
        EditDialog dialog = new EditDialog(getTranslation("network.approvals.register"), getTranslation("action.save"), "approval-save");
        EntityForm form = dialog.form();
        TextField name = form.field("projectName", new TextField(getTranslation("network.approval.name")));
        name.setId("approval-name");
        name.setWidthFull();
        form.setColspan(name, 2);
        TextField applicant = form.field("applicantOrg", new TextField(getTranslation("network.approval.applicant")));
        applicant.setId("approval-applicant");
        BigDecimalField investment = form.field("investment", new BigDecimalField(getTranslation("network.approval.investment")));
        ComboBox<ServiceWindow> lead = form.field("leadWindowId", new ComboBox<>(getTranslation("network.approval.lead"), org.windows()));
        lead.setItemLabelGenerator(w -> w.label() + "（" + w.getUnit().displayName() + "）");
        lead.setId("approval-lead");
        IntegerField days = form.field("promisedDays", new IntegerField(getTranslation("network.approval.promisedDays")));
        days.setValue(20);
        days.setId("approval-days");
        dialog.onSave(() -> {
            var p = approvals.register(new ApprovalService.RegisterForm(name.getValue(), applicant.getValue(), investment.getValue(),
                    lead.getValue() == null ? null : lead.getValue().getId(), days.getValue() == null ? 0 : days.getValue()));
            getUI().ifPresent(ui -> ui.navigate(ApprovalDetailView.class, p.getId()));
        }).open();
    }
}
