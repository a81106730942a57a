package cn.fuwukuaiche.partylife.appraisal.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.FriendlyErrorHandler;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalRules;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalService;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * A member's 民主评议: his own self-review, the others' self-reviews, and his secret ballot (once; afterwards the
 * page says only that and when he voted, never what).
 */
@Dependent
@Route("party/my-appraisal")
@Menu(title = "partylife.appraisal.menuMine", order = 55, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class MyAppraisalView extends VerticalLayout implements HasDynamicTitle {

    private final AppraisalService service;
    private final Map<Long, RadioButtonGroup<AppraisalGrade>> ballot = new LinkedHashMap<>();
    private final Span ballotError = new Span();

    @Inject
    public MyAppraisalView(AppraisalService service) {
        this.service = service;
        setWidthFull();
        setMaxWidth("60em");
        render();
    }

    private void render() {
        removeAll();
        ballot.clear();
        add(new H2(getTranslation("partylife.appraisal.mineTitle")));
        var mine = service.mine();
        if (mine.isEmpty()) {
            Paragraph p = new Paragraph(getTranslation("partylife.appraisal.notMember"));
            p.setId("appraisal-not-member");
            add(p);
            return;
        }
        AppraisalService.Mine m = mine.get();
        boolean open = m.appraisal().getStatus() == AppraisalStatus.OPEN;
        Span head = new Span(getTranslation("partylife.appraisal.mineHead", m.branchName(), m.appraisal().getAppraisalYear(),
                m.appraisal().getStatus().label()));
        head.setId("appraisal-mine-status");
        add(head);
        if (m.me().getGrade() != null && m.appraisal().getStatus() == AppraisalStatus.NOTICED) {
            Span grade = new Span(getTranslation("partylife.appraisal.myGrade", m.me().getGrade().label()));
            grade.setId("appraisal-my-grade");
            add(grade);
        }

        add(new H3(getTranslation("partylife.appraisal.selfReview")));
        EntityForm form = new EntityForm();
        TextArea review = form.field("selfReview", new TextArea(getTranslation("partylife.appraisal.selfReviewMine")));
        review.setId("appraisal-self-review");
        review.setWidthFull();
        review.setMinHeight("8em");
        review.setMaxLength(3000);
        review.setValue(m.me().getSelfReview() == null ? "" : m.me().getSelfReview());
        review.setReadOnly(!open);
        form.setResponsiveSteps(new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("0", 1));
        add(form);
        if (open) {
            Button save = new Button(getTranslation("partylife.appraisal.saveReview"), VaadinIcon.CHECK.create());
            save.setId("appraisal-self-save");
            save.addClickListener(e -> {
                if (form.save(() -> service.writeSelfReview(m.appraisal().getId(), review.getValue()))) {
                    EntityForm.saved(getTranslation("partylife.appraisal.reviewSaved"));
                }
            });
            add(save);
        }

        add(new H3(getTranslation("partylife.appraisal.ballot")));
        if (m.voted()) {
            Paragraph done = new Paragraph(getTranslation("partylife.appraisal.youVoted", Times.format(m.votedAt())));
            done.setId("appraisal-voted");
            add(done);
            return;
        }
        if (!open) {
            Paragraph closed = new Paragraph(getTranslation("partylife.appraisal.ballotClosed"));
            closed.setId("appraisal-ballot-closed");
            add(closed);
            return;
        }
        add(new Paragraph(getTranslation("partylife.appraisal.ballotHelp")));
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setId("appraisal-ballot");
        for (AppraisalMember other : m.others()) {
            RadioButtonGroup<AppraisalGrade> g = new RadioButtonGroup<>(other.getMemberName());
            g.setItems(AppraisalGrade.values());
            g.setItemLabelGenerator(AppraisalGrade::label);
            g.setId("ballot-" + other.getStaffId());
            g.addValueChangeListener(e -> g.setInvalid(false));
            Div review2 = new Div(other.getSelfReview() == null ? getTranslation("partylife.appraisal.noReview") : other.getSelfReview());
            review2.addClassName("muted");
            VerticalLayout row = new VerticalLayout(g, review2);
            row.setPadding(false);
            row.setSpacing(false);
            rows.add(row);
            ballot.put(other.getStaffId(), g);
        }
        add(rows);
        Button vote = new Button(getTranslation("partylife.appraisal.vote"), VaadinIcon.CHECK_SQUARE_O.create());
        vote.setId("appraisal-vote");
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        vote.addClickListener(e -> vote(m.appraisal().getId()));
        ballotError.setId("appraisal-ballot-error");
        ballotError.getElement().setAttribute("role", "alert");
        ballotError.getStyle().set("color", "var(--lumo-error-text-color)");
        ballotError.setText("");
        HorizontalLayout bar = new HorizontalLayout(vote, ballotError);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(bar);
    }

    private void vote(long appraisalId) {
        ballotError.setText("");
        Map<Long, AppraisalGrade> grades = new HashMap<>();
        ballot.forEach((id, g) -> grades.put(id, g.getValue()));
        try {
            service.vote(appraisalId, grades);
        } catch (BusinessException e) {
            RadioButtonGroup<AppraisalGrade> field = e.field() == null ? null : ballot.get(parse(e.field()));
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } else if (AppraisalRules.BALLOT.equals(e.field())) {
                ballotError.setText(e.getMessage());
            } else {
                FriendlyErrorHandler.show(e.getMessage());
            }
            return;
        } catch (RuntimeException e) {
            FriendlyErrorHandler.show(FriendlyErrorHandler.messageFor(e));
            return;
        }
        EntityForm.saved(getTranslation("partylife.appraisal.voteSaved"));
        render();
    }

    private static Long parse(String field) {
        if (!field.startsWith("grade:")) {
            return null;
        }
        return Long.valueOf(field.substring("grade:".length()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.appraisal.mineTitle");
    }
}
