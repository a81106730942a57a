package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.NoticeService;
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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * 两岗: 党员示范岗 and 巾帼建功岗 as cards (亮身份 photo, name, political status, window; 亮职责; 亮承诺). The leader
 * designates, ends and revokes (with a reason) and puts a designation to 公示; the holder writes the pledge;
 * the branch secretary approves or returns it.
 */
@Route("honour/posts")
@PageTitle("两岗 · 服务快车")
@Menu(title = "menu.honour.posts", order = 51, icon = "vaadin:user-star")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class PostView extends VerticalLayout {

    private final PostService posts;
    private final NoticeService notices;
    private final boolean leader;
    private final Checkbox inForceOnly = new Checkbox("只看在岗", true);
    private final Div cards = new Div();

    @Inject
    public PostView(PostService posts, NoticeService notices, CurrentUser user) {
        this.posts = posts;
        this.notices = notices;
        this.leader = user.is(Role.LEADER);
        setWidthFull();
        Button designate = new Button("设岗", VaadinIcon.PLUS.create(), e -> designateDialog());
        designate.setId("post-designate");
        designate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        designate.setVisible(leader);
        inForceOnly.addValueChangeListener(e -> refresh());
        cards.setId("post-cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "16px");
        cards.setWidthFull();
        add(new H2("党员示范岗 · 巾帼建功岗"), new HorizontalLayout(designate, inForceOnly), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        posts.cards(inForceOnly.getValue()).forEach(c -> cards.add(card(c)));
        if (cards.getChildren().findAny().isEmpty()) {
            cards.add(HonourUi.muted("暂无岗位"));
        }
    }

    private Div card(PostService.Card c) {
        PostDesignation d = c.designation();
        Div card = new Div();
        card.addClassName("post-card");
        card.getStyle().set("background", "#fff").set("border-top", "4px solid " + (d.getKind() == PostKind.PARTY_MODEL
                ? "#c8102e" : "#d4380d")).set("box-shadow", "0 1px 4px rgba(0,0,0,.15)").set("border-radius", "8px")
                .set("padding", "12px").set("width", "420px");
        H4 title = new H4(d.getKind().label() + (c.inForce() ? "" : "（" + (d.getStatus() == AwardStatus.AWARDED ? "不在期限内"
                : d.getStatus().label()) + "）"));
        title.getStyle().set("margin", "0 0 8px 0").set("color", "#a8071a");
        VerticalLayout who = new VerticalLayout(new Span("亮身份：" + c.name() + " · " + c.gender() + " · " + c.politicalStatus()),
                HonourUi.muted((c.windowName() == null ? "" : c.windowName()) + (c.unitName() == null ? "" : " · " + c.unitName())),
                HonourUi.muted("期限：" + Times.format(d.getValidFrom()) + " 至 " + (d.getValidUntil() == null ? "长期"
                        : Times.format(d.getValidUntil()))));
        who.setPadding(false);
        who.setSpacing(false);
        HorizontalLayout head = new HorizontalLayout(HonourUi.photo(c.photo(), c.name()), who);
        card.add(title, head, new Paragraph("亮职责：" + d.getDuties()));
        Paragraph pledge = new Paragraph("亮承诺：" + (d.getApprovedPledge() == null ? "（尚无经审核的承诺）" : d.getApprovedPledge()));
        pledge.addClassName("post-pledge");
        card.add(pledge);
        if (d.getPledgeStatus() == PledgeStatus.PENDING || d.getPledgeStatus() == PledgeStatus.RETURNED) {
            card.add(HonourUi.muted("新承诺（" + d.getPledgeStatus().label() + "）：" + d.getPledge()
                    + (d.getPledgeReturnReason() == null ? "" : "；退回理由：" + d.getPledgeReturnReason())));
        }
        if (d.getEndReason() != null) {
            card.add(HonourUi.muted(d.getStatus().label() + "理由：" + d.getEndReason()));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (c.mine() && d.getStatus() == AwardStatus.AWARDED) {
            Button write = new Button("填写承诺", e -> pledgeDialog(d));
            write.setId("post-pledge-" + d.getId());
            actions.add(write);
        }
        if (c.canReviewPledge() && d.getPledgeStatus() == PledgeStatus.PENDING) {
            Button approve = new Button("承诺审核通过", e -> review(d, true, null));
            approve.setId("post-approve-" + d.getId());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button ret = new Button("退回", e -> reasonDialog("退回承诺", r -> review(d, false, r)));
            actions.add(approve, ret);
        }
        if (leader && d.getStatus() == AwardStatus.AWARDED) {
            Button notice = new Button("公示", e -> {
                try {
                    notices.open(PostService.SUBJECT, d.getId(), d.getKind().label(), c.name()
                            + (c.windowName() == null ? "" : "（" + c.windowName() + "）"), "拟设立" + d.getKind().label()
                            + "。岗位职责：" + d.getDuties());
                    HonourUi.success("已公示");
                } catch (BusinessException ex) {
                    HonourUi.error(ex.getMessage());
                }
            });
            notice.setEnabled(!notices.inNotice(PostService.SUBJECT, d.getId()));
            Button end = new Button("终止", e -> reasonDialog("终止" + d.getKind().label(), r -> end(d, false, r)));
            Button revoke = new Button("撤销", e -> reasonDialog("撤销" + d.getKind().label(), r -> end(d, true, r)));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(notice, end, revoke);
        }
        card.add(actions);
        return card;
    }

    private void review(PostDesignation d, boolean approve, String reason) {
        posts.reviewPledge(d.getId(), d.getVersion(), approve, reason);
        HonourUi.success(approve ? "承诺已审核通过，公开展示" : "已退回");
        refresh();
    }

    private void end(PostDesignation d, boolean revoke, String reason) {
        posts.end(d.getId(), d.getVersion(), revoke, reason);
        HonourUi.success(revoke ? "已撤销" : "已终止");
        refresh();
    }

    private void reasonDialog(String title, java.util.function.Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea reason = new TextArea("理由（必填）");
        reason.setId("post-reason");
        reason.setWidth("28em");
        dialog.add(reason);
        Button ok = new Button("确定", e -> {
            try {
                action.accept(reason.getValue());
                dialog.close();
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("reason", reason));
            }
        });
        ok.setId("post-reason-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), ok);
        dialog.open();
    }

    private void pledgeDialog(PostDesignation d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("填写" + d.getKind().label() + "承诺（亮承诺）");
        TextArea text = new TextArea("我的承诺");
        text.setId("post-pledge-text");
        text.setWidth("32em");
        text.setMaxLength(1000);
        text.setValue(d.getPledge() == null ? "" : d.getPledge());
        dialog.add(text, HonourUi.muted("提交后由本支部书记审核，通过后在岗位牌和展示屏公开。"));
        Button ok = new Button("提交审核", e -> {
            try {
                posts.writePledge(d.getId(), d.getVersion(), text.getValue());
                dialog.close();
                HonourUi.success("已提交，等待支部书记审核");
                refresh();
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("pledge", text));
            }
        });
        ok.setId("post-pledge-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), ok);
        dialog.open();
    }

    private void designateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("设岗");
        RadioButtonGroup<PostKind> kind = new RadioButtonGroup<>("岗位类别");
        kind.setItems(PostKind.values());
        kind.setItemLabelGenerator(PostKind::label);
        kind.setId("post-kind");
        ComboBox<Staff> staff = new ComboBox<>("工作人员");
        staff.setId("post-staff");
        staff.setItemLabelGenerator(s -> s.getName() + "（" + s.getStaffNo() + (s.getWindow() == null ? "" : "，"
                + s.getWindow().label()) + "，" + s.getGender().label() + "，" + s.getPoliticalStatus().label() + "）");
        staff.setHelperText("先选岗位类别：党员示范岗只列党员，巾帼建功岗只列女同志");
        kind.addValueChangeListener(e -> {
            staff.setItems(e.getValue() == null ? java.util.List.of() : posts.candidates(e.getValue()));
            staff.clear();
        });
        TextArea duties = new TextArea("岗位职责（亮职责）");
        duties.setId("post-duties");
        DatePicker from = new DatePicker("起始日期", Times.today());
        from.setId("post-from");
        DatePicker until = new DatePicker("截止日期（留空为长期）", Times.today().withDayOfYear(1).plusYears(1).minusDays(1));
        until.setId("post-until");
        TextArea reason = new TextArea("设岗依据（可不填）");
        FormLayout form = new FormLayout(kind, staff, duties, from, until, reason);
        form.setColspan(duties, 2);
        form.setColspan(reason, 2);
        form.setWidth("40em");
        dialog.add(form);
        Button ok = new Button("确认设岗", e -> {
            try {
                if (staff.getValue() == null) {
                    throw new BusinessException("staff", "请选择工作人员");
                }
                posts.designate(kind.getValue(), staff.getValue().getId(), duties.getValue(), from.getValue(), until.getValue(),
                        reason.getValue());
                dialog.close();
                HonourUi.success("已设立" + kind.getValue().label());
                refresh();
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("kind", kind, "staff", staff, "duties", duties, "from", from, "until", until));
            }
        });
        ok.setId("post-designate-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), ok);
        dialog.open();
    }
}
