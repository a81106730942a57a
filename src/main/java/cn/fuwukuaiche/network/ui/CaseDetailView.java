package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.network.control.CaseService;
import cn.fuwukuaiche.network.control.CaseService.CaseRow;
import cn.fuwukuaiche.network.control.CaseFlow;
import cn.fuwukuaiche.network.entity.CaseMaterial;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.CaseStepRecord;
import cn.fuwukuaiche.network.entity.ServiceCase;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Set;
import jakarta.enterprise.context.Dependent;

/**
 * One case: its facts, the applicant (private: only for the nodes involved, leaders and admins), the
 * materials, every step with who and when, and the next steps the caller may take.
 */
@Dependent
@Route("network/cases/view")
@PageTitle("代办件详情 · 服务快车")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
public class CaseDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    private final CaseService cases;
    private long caseId;

    @Inject
    public CaseDetailView(CaseService cases) {
        this.cases = cases;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.caseId = id == null ? -1 : id;
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("network.case.back"), CasesView.class);
        ServiceCase c;
        try {
            c = cases.get(caseId);
        } catch (BusinessException e) {
            add(back, new H2(getTranslation("network.case.notFound")), new Paragraph(e.getMessage()));
            return;
        }
        CaseRow row = cases.rowOf(c);
        H2 title = new H2(c.getCaseNumber() + " · " + c.getItem().getName());
        title.setId("case-title");
        Span state = new Span(c.getState().label());
        state.setId("case-state");
        state.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(state, row.light() != null ? Lights.badge(row.light(), "")
                : Lights.handled(row.handledOnTime(), getTranslation("network.onTime"), getTranslation("network.late")));
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Div facts = new Div();
        facts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(240px, 1fr))")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        facts.add(fact("network.case.applicant", c.getApplicantName()), fact("network.case.phone", c.getApplicantPhone()),
                fact("network.case.queryCode", c.getQueryCode()),
                fact("network.case.origin", c.getOriginNode().getName()), fact("network.case.current", c.getCurrentNode().getName()),
                fact("network.case.handledAt", c.getHandledNode() == null ? "" : c.getHandledNode().getName()),
                fact("network.case.entrusted", Times.format(c.getEntrustedAt())),
                fact("network.case.accepted", Times.format(c.getAcceptedAt())),
                fact("network.case.deadline", Times.format(c.getDeadline()) + (c.getPromisedDays() > 0
                        ? getTranslation("network.case.promised", c.getPromisedDays()) : "")),
                fact("network.case.handUpBy", Times.format(c.getHandUpBy())),
                fact("network.case.daysLeft", row.workingDaysLeft() == null ? "" : String.valueOf(row.workingDaysLeft())),
                fact("network.case.satisfaction", c.getSatisfaction() == null ? "" : c.getSatisfaction().label()));
        facts.setId("case-facts");
        facts.setWidthFull();

        Anchor receipt = new Anchor("network/cases/receipt/" + c.getId(), getTranslation("network.receipt.open"));
        receipt.setId("case-receipt");
        receipt.setTarget("_blank");
        head.add(receipt);
        add(back, title, head, facts);
        if (c.getRequest() != null) {
            add(new Paragraph(getTranslation("network.case.request") + "：" + c.getRequest()));
        }
        if (c.getResult() != null) {
            Paragraph result = new Paragraph(getTranslation("network.case.result") + "：" + c.getResult());
            result.setId("case-result");
            add(result);
        }
        add(new H3(getTranslation("network.case.materials")), materials(c));
        Component actions = actions(c);
        if (actions != null) {
            add(new H3(getTranslation("network.case.actions")), actions);
        }
        add(new H3(getTranslation("network.case.steps")), steps(c));
    }

    private Component fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span v = new Span(value == null || value.isEmpty() ? "—" : value);
        Div d = new Div(label, new Div(v));
        return d;
    }

    private Component materials(ServiceCase c) {
        if (c.getMaterials().isEmpty()) {
            return new Paragraph(getTranslation("network.case.noMaterials"));
        }
        Div list = new Div();
        for (CaseMaterial m : c.getMaterials()) {
            Span s = new Span((m.isProvided() ? "☑ " : "☐ ") + m.getName());
            s.getStyle().set("margin-right", "var(--lumo-space-l)").set("color", m.isProvided() ? "inherit" : "#c62828");
            list.add(s);
        }
        return list;
    }

    private Component steps(ServiceCase c) {
        Grid<CaseStepRecord> grid = new Grid<>();
        grid.setId("case-steps");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> Times.format(s.getOccurredAt())).setHeader(getTranslation("network.step.time")).setAutoWidth(true);
        grid.addColumn(s -> s.getStep().label()).setHeader(getTranslation("network.step.step")).setAutoWidth(true);
        grid.addColumn(s -> s.getNode().getName() + (s.getToNode() == null ? "" : " → " + s.getToNode().getName()))
                .setHeader(getTranslation("network.step.node")).setFlexGrow(2);
        grid.addColumn(s -> s.getActorName() + "（" + s.getActor() + "）").setHeader(getTranslation("network.step.actor")).setAutoWidth(true);
        grid.addColumn(s -> s.getNote() == null ? "" : s.getNote()).setHeader(getTranslation("network.step.note")).setFlexGrow(2);
        grid.setItems(c.getSteps());
        return grid;
    }

    /** The buttons for what the caller may do next, or null if nothing. */
    private Component actions(ServiceCase c) {
        if (!cases.canAct(c)) {
            if (!c.getState().isHandled()) {
                return new Paragraph(getTranslation("network.case.waitingAt", c.getCurrentNode().getName()));
            }
            return null;
        }
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Set<CaseStep> possible = CaseFlow.possibleSteps(c.getState());
        if (possible.contains(CaseStep.ACCEPT)) {
            CheckboxGroup<String> provided = new CheckboxGroup<>(getTranslation("network.case.materials"));
            provided.setId("case-accept-materials");
            provided.setItems(c.getMaterials().stream().map(CaseMaterial::getName).toList());
            provided.setValue(new HashSet<>(c.getMaterials().stream().filter(CaseMaterial::isProvided).map(CaseMaterial::getName).toList()));
            Button accept = button("case-accept", "network.action.accept", VaadinIcon.CHECK, provided,
                    () -> cases.accept(c.getId(), c.getVersion(), provided.getValue()));
            box.add(provided, accept);
        }
        if (possible.contains(CaseStep.HANDLE)) {
            TextArea result = new TextArea(getTranslation("network.case.result"));
            result.setId("case-result-input");
            result.setWidthFull();
            Button handle = button("case-handle", "network.action.handle", VaadinIcon.CHECK_CIRCLE, result,
                    () -> cases.handle(c.getId(), c.getVersion(), result.getValue()));
            box.add(result, handle);
            if (c.getCurrentNode().getParent() != null) {
                TextArea reason = new TextArea(getTranslation("network.case.handUpReason"));
                reason.setId("case-handup-reason");
                reason.setWidthFull();
                Button handUp = button("case-handup", "network.action.handUp", VaadinIcon.ARROW_UP, reason,
                        () -> cases.handUp(c.getId(), c.getVersion(), reason.getValue()));
                handUp.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                Paragraph to = new Paragraph(getTranslation("network.case.handUpTo", c.getCurrentNode().getParent().getName()));
                box.add(to, reason, handUp);
            }
        }
        for (CaseStep simple : new CaseStep[] {CaseStep.DELIVER, CaseStep.ARCHIVE, CaseStep.REPORT}) {
            if (possible.contains(simple)) {
                TextArea note = new TextArea(getTranslation("network.case.note"));
                note.setId("case-note");
                note.setWidthFull();
                box.add(note, button("case-" + simple.name().toLowerCase(), "network.action." + simple.name().toLowerCase(),
                        VaadinIcon.ARROW_RIGHT, note, () -> cases.advance(c.getId(), c.getVersion(), simple, note.getValue())));
            }
        }
        if (possible.contains(CaseStep.FOLLOW_UP)) {
            ComboBox<RatingLevel> level = new ComboBox<>(getTranslation("network.case.satisfaction"));
            level.setId("case-satisfaction");
            level.setItems(RatingLevel.values());
            level.setItemLabelGenerator(RatingLevel::label);
            TextArea note = new TextArea(getTranslation("network.case.followUpNote"));
            note.setWidthFull();
            box.add(level, note, button("case-followup", "network.action.followUp", VaadinIcon.PHONE, level,
                    () -> cases.followUp(c.getId(), c.getVersion(), level.getValue(), note.getValue())));
        }
        return box;
    }

    /** A step button: runs the service call, shows a refusal beside {@code field}, re-renders on success. */
    private Button button(String id, String key, VaadinIcon icon, HasValidation field, Runnable call) {
        Button b = new Button(getTranslation(key), icon.create(), e -> {
            field.setInvalid(false);
            try {
                call.run();
                Notification.show(getTranslation("network.case.done", getTranslation(key)), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (BusinessException ex) {
                if (ex.field() != null) {
                    field.setErrorMessage(ex.getMessage());
                    field.setInvalid(true);
                } else {
                    Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }
}
