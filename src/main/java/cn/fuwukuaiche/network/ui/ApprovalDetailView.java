package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.network.control.ApprovalRules;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.control.ApprovalService;
import cn.fuwukuaiche.network.control.ApprovalService.ProjectView;
import cn.fuwukuaiche.network.control.ApprovalService.TaskForm;
import cn.fuwukuaiche.network.control.ApprovalService.TaskView;
import cn.fuwukuaiche.network.entity.ParallelApproval;
import cn.fuwukuaiche.network.entity.TaskAnswer;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import jakarta.enterprise.context.Dependent;

/** One parallel-approval project: its five stages, each department's part, and the caller's next step. */
@Dependent
@Route("network/approvals/view")
@PageTitle("并联审批项目 · 服务快车")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.STAFF})
public class ApprovalDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ApprovalService approvals;
    private final OrgDirectory org;
    private long projectId;

    @Inject
    public ApprovalDetailView(ApprovalService approvals, OrgDirectory org) {
        this.approvals = approvals;
        this.org = org;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        projectId = id == null ? -1 : id;
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("network.approval.back"), ApprovalBoardView.class);
        ProjectView v;
        try {
            v = approvals.get(projectId);
        } catch (BusinessException e) {
            add(back, new H2(getTranslation("network.approval.notFound")), new Paragraph(e.getMessage()));
            return;
        }
        ParallelApproval p = v.project();
        H2 title = new H2(p.getProjectNumber() + " · " + p.getProjectName());
        title.setId("approval-title");
        Span state = new Span(p.getState().label() + (p.getResult() == null ? "" : "：" + p.getResult().label()));
        state.setId("approval-state");
        state.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(state);
        if (v.light() != null) {
            head.add(Lights.badge(v.light(), ""));
        }
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Paragraph facts = new Paragraph(getTranslation("network.approval.facts", p.getApplicantOrg(),
                p.getInvestment() == null ? "—" : p.getInvestment().toPlainString(), p.getLeadWindow().label(), p.getPromisedDays(),
                Times.format(p.getDeadline())));
        add(back, title, head, facts, stages(v));
        if (p.getResultNote() != null) {
            add(new Paragraph(getTranslation("network.approval.resultNote") + "：" + p.getResultNote()));
        }
        Component actions = leadActions(v);
        if (actions != null) {
            add(actions);
        }
        add(new H3(getTranslation("network.approval.tasks")), tasks(v));
    }

    /** 中心登记 → 窗口受理 → 告知相关 → 同步审批 → 限时办结, each with its time or "—". */
    private Component stages(ProjectView v) {
        ParallelApproval p = v.project();
        long settled = v.tasks().stream().filter(t -> t.effective() != null && t.effective().isFinal()).count();
        Div row = new Div();
        row.setId("approval-stages");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        row.add(stage("network.approval.stage.register", p.getRegisteredAt(), null),
                stage("network.approval.stage.accept", p.getAcceptedAt(), null),
                stage("network.approval.stage.notify", p.getNotifiedAt(), null),
                stage("network.approval.stage.review", null, p.getTasks().isEmpty() ? null : settled + " / " + p.getTasks().size()),
                stage("network.approval.stage.finish", p.getFinishedAt(), null));
        return row;
    }

    private Component stage(String key, LocalDateTime at, String text) {
        boolean done = at != null;
        Span name = new Span((done ? "✔ " : "○ ") + getTranslation(key));
        name.getStyle().set("font-weight", "600");
        Span when = new Span(text != null ? text : done ? Times.format(at) : "—");
        when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)");
        Div d = new Div(name, when);
        d.getStyle().set("border", "1px solid " + (done ? "#2e7d32" : "#ccc")).set("border-radius", "6px").set("padding", "6px 10px")
                .set("background", done ? "#e8f5e9" : "#fafafa");
        return d;
    }

    private Component leadActions(ProjectView v) {
        ParallelApproval p = v.project();
        Optional<ApprovalRules.LeadStep> step = ApprovalRules.leadStep(p.getState());
        if (!approvals.isLead(p) || step.isEmpty()) {
            return null;
        }
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        switch (step.get()) {
            case ACCEPT -> bar.add(action("approval-accept", "network.approval.accept", () -> approvals.accept(p.getId(), p.getVersion())));
            case NOTIFY -> {
                Button notify = new Button(getTranslation("network.approval.notify"), VaadinIcon.ENVELOPE.create(), e -> notifyDialog(p));
                notify.setId("approval-notify");
                notify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(notify);
            }
            case FINISH -> {
                TextArea note = new TextArea(getTranslation("network.approval.resultNote"));
                note.setWidth("420px");
                Button finish = action("approval-finish", "network.approval.finish",
                        () -> approvals.finish(p.getId(), p.getVersion(), note.getValue()));
                finish.setEnabled(v.ready().isPresent());
                Span hint = new Span(v.ready().map(r -> getTranslation("network.approval.ready", r.label()))
                        .orElse(getTranslation("network.approval.notReady")));
                bar.add(note, finish, hint);
            }
        }
        return bar;
    }

    private Button action(String id, String key, Runnable call) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                call.run();
                Notification.show(getTranslation("network.case.done", getTranslation(key)), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (BusinessException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private Component tasks(ProjectView v) {
        Grid<TaskView> grid = new Grid<>();
        grid.setId("approval-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.task().getUnit().getName()).setHeader(getTranslation("network.approval.unit")).setWidth("170px").setFlexGrow(0);
        grid.addColumn(t -> t.task().getWindow().label()).setHeader(getTranslation("network.approval.window")).setWidth("140px").setFlexGrow(0);
        grid.addColumn(t -> t.task().getReviewDays()).setHeader(getTranslation("network.approval.reviewDays")).setWidth("80px").setFlexGrow(0);
        grid.addColumn(t -> Times.format(t.task().getDeadline())).setHeader(getTranslation("network.approval.taskDeadline")).setWidth("110px").setFlexGrow(0);
        grid.addComponentColumn(t -> ApprovalBoardView.chip(this, t)).setHeader(getTranslation("network.approval.answer")).setAutoWidth(true);
        grid.addColumn(t -> t.task().isDeemed() ? getTranslation("network.approval.deemedRecorded")
                        : t.deemed() ? getTranslation("network.approval.deemedComputed")
                        : Objects.toString(t.task().getAnsweredByName(), "") + (t.task().getAnsweredAt() == null ? "" : " " + Times.format(t.task().getAnsweredAt())))
                .setHeader(getTranslation("network.approval.answeredBy")).setWidth("170px").setFlexGrow(0);
        grid.addColumn(t -> Objects.toString(t.task().getComment(), "")).setHeader(getTranslation("network.approval.comment")).setWidth("220px").setFlexGrow(3);
        grid.addComponentColumn(this::taskActions).setAutoWidth(true);
        grid.setItems(v.tasks());
        return grid;
    }

    private Component taskActions(TaskView t) {
        if (!ApprovalRules.answerable(t.task().getApproval().getState())) {
            return new Span();
        }
        if (t.task().getAnswer() == null && t.effective() == null && approvals.answersFor(t.task())) {
            Button answer = new Button(getTranslation("network.approval.answerAction"), e -> answerDialog(t));
            answer.setId("approval-answer-" + t.task().getWindow().getWindowNo());
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return answer;
        }
        if (t.task().getAnswer() == TaskAnswer.NEED_MATERIALS && approvals.isLead(t.task().getApproval())) {
            Button supplied = new Button(getTranslation("network.approval.supplied"), e -> {
                try {
                    var restarted = approvals.materialsSupplied(t.task().getId(), t.task().getVersion());
                    Notification.show(getTranslation("network.approval.suppliedDone", t.task().getUnit().getName(),
                                    Times.format(restarted.getDeadline())), 5000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render();
                } catch (BusinessException ex) {
                    Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            supplied.addThemeVariants(ButtonVariant.LUMO_SMALL);
            supplied.setId("approval-supplied-" + t.task().getWindow().getWindowNo());
            return supplied;
        }
        return new Span();
    }

    private void answerDialog(TaskView t) {
        EditDialog dialog = new EditDialog(getTranslation("network.approval.answerAction") + "：" + t.task().getUnit().getName(),
                getTranslation("action.save"), "approval-answer-save");
        EntityForm form = dialog.form();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        RadioButtonGroup<TaskAnswer> answer = form.field("answer", new RadioButtonGroup<>(getTranslation("network.approval.answer")));
        answer.setItems(TaskAnswer.AGREE, TaskAnswer.REJECT, TaskAnswer.NEED_MATERIALS);
        answer.setItemLabelGenerator(TaskAnswer::label);
        answer.setId("approval-answer-choice");
        TextArea comment = form.field("comment", new TextArea(getTranslation("network.approval.comment")));
        comment.setWidthFull();
        comment.setId("approval-answer-comment");
        dialog.onSave(() -> {
            approvals.answer(t.task().getId(), t.task().getVersion(), answer.getValue(), comment.getValue());
            render();
        }).open();
    }

    private void notifyDialog(ParallelApproval p) {
        EditDialog dialog = new EditDialog(getTranslation("network.approval.notify"), getTranslation("network.approval.notify"),
                "approval-notify-save");
        dialog.setWidth("640px");
        List<TaskForm> chosen = new ArrayList<>();
        List<ServiceWindow> windows = org.windows().stream().filter(w -> !w.getId().equals(p.getLeadWindow().getId())).toList();
        ComboBox<ServiceWindow> window = dialog.form().bind("related", new ComboBox<>(getTranslation("network.approval.window"), windows));
        window.setItemLabelGenerator(w -> w.label() + "（" + w.getUnit().displayName() + "）");
        window.setId("approval-notify-window");
        window.setWidth("340px");
        IntegerField days = new IntegerField(getTranslation("network.approval.reviewDays"));
        days.setValue(5);
        days.setId("approval-notify-days");
        Grid<TaskForm> list = new Grid<>();
        list.setAllRowsVisible(true);
        list.addColumn(f -> windows.stream().filter(w -> w.getId().equals(f.windowId())).findFirst().map(ServiceWindow::label).orElse(""))
                .setHeader(getTranslation("network.approval.window"));
        list.addColumn(TaskForm::reviewDays).setHeader(getTranslation("network.approval.reviewDays"));
        Button add = new Button(getTranslation("network.approval.addWindow"), VaadinIcon.PLUS.create(), e -> {
            if (window.getValue() != null && days.getValue() != null) {
                chosen.add(new TaskForm(window.getValue().getId(), days.getValue()));
                list.setItems(chosen);
                window.clear();
            }
        });
        add.setId("approval-notify-add");
        HorizontalLayout pick = new HorizontalLayout(window, days, add);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        dialog.addComponentAsFirst(pick);
        dialog.add(list);
        dialog.onSave(() -> {
            approvals.notifyRelated(p.getId(), p.getVersion(), chosen);
            render();
        }).open();
    }
}
