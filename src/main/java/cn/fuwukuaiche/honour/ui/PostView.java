package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.control.PostRules;
import cn.fuwukuaiche.honour.control.PostService;
import cn.fuwukuaiche.honour.entity.AwardStatus;
import cn.fuwukuaiche.honour.entity.PledgeStatus;
import cn.fuwukuaiche.honour.entity.PostDesignation;
import cn.fuwukuaiche.honour.entity.PostKind;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;


import java.util.Set;
import jakarta.enterprise.context.Dependent;

/**
 * 两岗: 党员示范岗 and 巾帼建功岗 as cards (亮身份 photo, name, political status, window; 亮职责; 亮承诺). The leader
 * designates, ends and revokes (with a reason) and puts a designation to 公示; the holder writes the pledge;
 * the branch secretary approves or returns it.
 */
@Dependent
@Route("honour/posts")
@Menu(title = "menu.honour.posts", order = 51, icon = "vaadin:user-star")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class PostView extends VerticalLayout implements HasDynamicTitle {

    private final PostService posts;
    private final NoticeService notices;
    private final boolean leader;
    private final Checkbox inForceOnly = new Checkbox(getTranslation("honour.post.inForceOnly"), true);
    private final Div cards = new Div();

    @Inject
    public PostView(PostService posts, NoticeService notices, CurrentUser user) {
        this.posts = posts;
        this.notices = notices;
        this.leader = user.is(Role.LEADER);
        setWidthFull();
        Button designate = new Button(getTranslation("honour.post.designate"), VaadinIcon.PLUS.create(), e -> designateDialog());
        designate.setId("post-designate");
        designate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        designate.setVisible(leader);
        inForceOnly.addValueChangeListener(e -> refresh());
        cards.setId("post-cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "16px");
        cards.setWidthFull();
        add(new H2(getTranslation("honour.post.title")), new HorizontalLayout(designate, inForceOnly), cards);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.honour.posts") + " · " + getTranslation("app.brand");
    }

    private void refresh() {
        cards.removeAll();
        posts.cards(inForceOnly.getValue()).forEach(c -> cards.add(card(c)));
        if (cards.getChildren().findAny().isEmpty()) {
            cards.add(HonourUi.muted(getTranslation("honour.post.none")));
        }
    }

    private Div card(PostService.Card c) {
        PostDesignation d = c.designation();
        Div card = new Div();
        card.addClassName("post-card");
        card.getStyle().set("background", "#fff").set("border-top", "4px solid " + (d.getKind() == PostKind.PARTY_MODEL
                ? "#c8102e" : "#d4380d")).set("box-shadow", "0 1px 4px rgba(0,0,0,.15)").set("border-radius", "8px")
                .set("padding", "12px").set("width", "420px");
        H4 title = new H4(d.getKind().label() + (c.inForce() ? "" : getTranslation("honour.post.notInForce",
                d.getStatus() == AwardStatus.AWARDED ? getTranslation("honour.post.outOfTerm") : d.getStatus().label())));
        title.getStyle().set("margin", "0 0 8px 0").set("color", "#a8071a");
        VerticalLayout who = new VerticalLayout(new Span(getTranslation("honour.post.identity", c.name(), c.gender(), c.politicalStatus())),
                HonourUi.muted((c.windowName() == null ? "" : c.windowName()) + (c.unitName() == null ? "" : " · " + c.unitName())),
                HonourUi.muted(getTranslation("honour.post.term", Times.format(d.getValidFrom()), d.getValidUntil() == null
                        ? getTranslation("honour.post.open") : Times.format(d.getValidUntil()))));
        who.setPadding(false);
        who.setSpacing(false);
        HorizontalLayout head = new HorizontalLayout(HonourUi.photo(c.photo(), c.name()), who);
        card.add(title, head, new Paragraph(getTranslation("honour.post.duties", d.getDuties())));
        Paragraph pledge = new Paragraph(getTranslation("honour.post.pledge", d.getApprovedPledge() == null
                ? getTranslation("honour.post.noPledge") : d.getApprovedPledge()));
        pledge.addClassName("post-pledge");
        card.add(pledge);
        if (d.getPledgeStatus() == PledgeStatus.PENDING || d.getPledgeStatus() == PledgeStatus.RETURNED) {
            card.add(HonourUi.muted(getTranslation("honour.post.newPledge", d.getPledgeStatus().label(), d.getPledge())
                    + (d.getPledgeReturnReason() == null ? "" : getTranslation("honour.post.returnReason", d.getPledgeReturnReason()))));
        }
        if (d.getEndReason() != null) {
            card.add(HonourUi.muted(getTranslation("honour.post.endReason", d.getStatus().label(), d.getEndReason())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        Set<PostRules.Step> steps = PostRules.possibleSteps(d.getStatus(), d.getPledgeStatus());
        if (c.mine() && steps.contains(PostRules.Step.WRITE_PLEDGE)) {
            Button write = new Button(getTranslation("honour.post.writePledge"), e -> pledgeDialog(d));
            write.setId("post-pledge-" + d.getId());
            actions.add(write);
        }
        if (c.canReviewPledge() && steps.contains(PostRules.Step.REVIEW_PLEDGE)) {
            Button approve = new Button(getTranslation("honour.post.approve"), e -> review(d, true, null));
            approve.setId("post-approve-" + d.getId());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button ret = new Button(getTranslation("honour.post.return"), e -> reasonDialog(getTranslation("honour.post.returnTitle"), r -> review(d, false, r)));
            actions.add(approve, ret);
        }
        if (leader && steps.contains(PostRules.Step.NOTICE_OR_END)) {
            Button notice = new Button(getTranslation("honour.post.notice"), e -> FinalStepDialog.ask(
                    getTranslation("honour.post.noticeTitle", d.getKind().label(), c.name()),
                    getTranslation("honour.post.noticeText", d.getKind().label(), c.name(), NoticeService.DEFAULT_WORKING_DAYS),
                    getTranslation("honour.post.noticeConfirm")).onConfirm(r -> {
                        // the notice's words are stored and shown publicly: always Chinese
                        notices.open(PostService.SUBJECT, d.getId(), d.getKind().label(), c.windowName() == null ? c.name()
                                : Messages.t("honour.post.noticeSubject", c.name(), c.windowName()),
                                Messages.t("honour.post.noticeReason", d.getKind().label(), d.getDuties()));
                        return getTranslation("honour.post.noticed");
                    }).then(this::refresh).open());
            notice.setId("post-notice-" + d.getId());
            notice.setEnabled(!notices.inNotice(PostService.SUBJECT, d.getId()));
            Button end = new Button(getTranslation("honour.post.end"), e -> reasonDialog(getTranslation("honour.post.endTitle", d.getKind().label()), r -> end(d, false, r)));
            Button revoke = new Button(getTranslation("honour.post.revoke"), e -> reasonDialog(getTranslation("honour.post.revokeTitle", d.getKind().label()), r -> end(d, true, r)));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(notice, end, revoke);
        }
        card.add(actions);
        return card;
    }

    private void review(PostDesignation d, boolean approve, String reason) {
        posts.reviewPledge(d.getId(), d.getVersion(), approve, reason);
        HonourUi.success(approve ? getTranslation("honour.post.approved") : getTranslation("honour.post.returned"));
        refresh();
    }

    private void end(PostDesignation d, boolean revoke, String reason) {
        posts.end(d.getId(), d.getVersion(), revoke, reason);
        HonourUi.success(revoke ? getTranslation("honour.post.revoked") : getTranslation("honour.post.ended"));
        refresh();
    }

    private void reasonDialog(String title, java.util.function.Consumer<String> action) {
        EditDialog dialog = new EditDialog(title, getTranslation("honour.post.ok"), "post-reason-ok");
        TextArea reason = dialog.form().field("reason", new TextArea(getTranslation("honour.post.reason")));
        reason.setId("post-reason");
        reason.setWidth("28em");
        dialog.onSave(() -> action.accept(reason.getValue())).open();
    }

    private void pledgeDialog(PostDesignation d) {
        EditDialog dialog = new EditDialog(getTranslation("honour.post.pledgeTitle", d.getKind().label()), getTranslation("honour.post.submit"),
                "post-pledge-submit");
        TextArea text = dialog.form().field("pledge", new TextArea(getTranslation("honour.post.myPledge")));
        text.setId("post-pledge-text");
        text.setWidth("32em");
        text.setMaxLength(1000);
        text.setValue(d.getPledge() == null ? "" : d.getPledge());
        dialog.add(HonourUi.muted(getTranslation("honour.post.pledgeHint")));
        dialog.onSave(() -> {
            posts.writePledge(d.getId(), d.getVersion(), text.getValue());
            HonourUi.success(getTranslation("honour.post.submitted"));
            refresh();
        }).open();
    }

    private void designateDialog() {
        EditDialog dialog = new EditDialog(getTranslation("honour.post.designate"), getTranslation("honour.post.designateOk"),
                "post-designate-ok");
        EntityForm form = dialog.form();
        RadioButtonGroup<PostKind> kind = form.field("kind", new RadioButtonGroup<>(getTranslation("honour.post.kind")));
        kind.setItems(PostKind.values());
        kind.setItemLabelGenerator(PostKind::label);
        kind.setId("post-kind");
        ComboBox<Staff> staff = form.field("staff", new ComboBox<>(getTranslation("honour.post.staff")));
        staff.setId("post-staff");
        staff.setItemLabelGenerator(s -> getTranslation("honour.post.staffLabel", s.getName(), s.getStaffNo(), s.getWindow() == null
                ? "" : getTranslation("honour.post.staffWindow", s.getWindow().label()), s.getGender().label(),
                s.getPoliticalStatus().label()));
        staff.setHelperText(getTranslation("honour.post.staffHelp"));
        kind.addValueChangeListener(e -> {
            staff.setItems(e.getValue() == null ? java.util.List.of() : posts.candidates(e.getValue()));
            staff.clear();
        });
        TextArea duties = form.field("duties", new TextArea(getTranslation("honour.post.dutiesField")));
        duties.setId("post-duties");
        DatePicker from = form.field("from", ChineseDates.picker(getTranslation("honour.post.from")));
        from.setValue(Times.today());
        from.setId("post-from");
        DatePicker until = form.field("until", ChineseDates.picker(getTranslation("honour.post.until")));
        until.setValue(Times.today().withDayOfYear(1).plusYears(1).minusDays(1));
        until.setId("post-until");
        TextArea reason = form.field("reason", new TextArea(getTranslation("honour.post.basis")));
        form.setColspan(duties, 2);
        form.setColspan(reason, 2);
        form.setWidth("40em");
        dialog.onSave(() -> {
            if (staff.getValue() == null) {
                throw new BusinessException("staff", getTranslation("honour.post.staffRequired"));
            }
            posts.designate(kind.getValue(), staff.getValue().getId(), duties.getValue(), from.getValue(), until.getValue(),
                    reason.getValue());
            HonourUi.success(getTranslation("honour.post.designated", kind.getValue().label()));
            refresh();
        }).open();
    }
}
