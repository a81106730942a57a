package cn.fuwukuaiche.honour.commendation.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.commendation.control.CommendationService;
import cn.fuwukuaiche.honour.commendation.entity.Commendation;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.commendation.entity.CommendationStatus;
import cn.fuwukuaiche.honour.entity.NoticeStatus;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import com.vaadin.flow.component.button.Button;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.Optional;

/**
 * The 公示 part of the 七一 page: where the list's notice stands (period, entries in notice, confirmed, withdrawn,
 * objections waiting), and for the leader the button that puts an approved list to notice, once, with the period
 * in working days (default 5). Kept apart from {@link CommendationView} so that view stays about the list.
 */
class CommendationNoticePanel extends HorizontalLayout {

    private final CommendationService service;
    private final boolean leader;
    private final Span state = new Span();
    private final Button open;
    private final Anchor publicPage;
    private Optional<CommendationService.NoticeState> current = Optional.empty();
    private Runnable changed = () -> { };
    private int yearNo;
    private Commendation commendation;

    CommendationNoticePanel(CommendationService service, boolean leader, String publicNotices) {
        this.service = service;
        this.leader = leader;
        state.setId("commendation-notice-state");
        open = new Button(getTranslation("commendation.notice.open"), VaadinIcon.MEGAPHONE.create(), e -> dialog());
        open.setId("commendation-notice-open");
        publicPage = new Anchor(publicNotices, getTranslation("commendation.notice.publicPage"));
        publicPage.setTarget("_blank");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(state, open, publicPage);
    }

    /** Shows the year's notice state; {@code changed} runs after the list went to notice. */
    void show(int yearNo, Commendation c, Runnable changed) {
        this.yearNo = yearNo;
        this.commendation = c;
        this.changed = changed;
        current = service.noticeState(yearNo);
        boolean approved = c != null && c.getStatus() == CommendationStatus.APPROVED;
        open.setVisible(leader && approved && current.isEmpty());
        publicPage.setVisible(current.isPresent());
        if (current.isEmpty()) {
            state.setText(approved ? getTranslation("commendation.notice.none") : getTranslation("commendation.notice.needsApproval"));
            state.getStyle().set("color", "var(--lumo-secondary-text-color)");
            setVisible(c != null);
            return;
        }
        setVisible(true);
        CommendationService.NoticeState s = current.get();
        String period = Times.format(s.openedOn()) + " – " + Times.format(s.closesOn());
        state.setText(s.running()
                ? getTranslation("commendation.notice.running", period, s.workingDays(), s.open(), s.pendingObjections())
                : getTranslation("commendation.notice.ended", period, s.confirmed(), s.withdrawn()));
        state.getStyle().set("color", s.running() ? "#c8102e" : "var(--lumo-body-text-color)").set("font-weight", "600");
    }

    /** One entry's notice state for the list's 公示 column ("" before the list went to notice). */
    String entryState(CommendationEntry e) {
        if (e.isWithdrawn()) {
            return getTranslation("commendation.notice.entryWithdrawn", e.getWithdrawReason());
        }
        PublicNotice n = current.map(s -> s.byEntry().get(e.getId())).orElse(null);
        if (n == null) {
            return "";
        }
        if (n.isOpen()) {
            return getTranslation("commendation.notice.entryOpen", Times.format(n.getClosesOn()));
        }
        return n.getStatus() == NoticeStatus.CLOSED ? getTranslation("commendation.notice.entryConfirmed", Times.format(n.getResultOn()))
                : n.getResult();
    }

    private void dialog() {
        EditDialog d = new EditDialog(getTranslation("commendation.notice.dialogTitle", commendation.getTitle()),
                getTranslation("commendation.notice.confirm"), "commendation-notice-confirm");
        d.setWidth("34em");
        long count = commendation.getEntries().stream().filter(e -> !e.isWithdrawn()).count();
        d.addComponentAsFirst(new Paragraph(getTranslation("commendation.notice.dialogText", count)));
        IntegerField days = d.form().field("workingDays", new IntegerField(getTranslation("commendation.notice.days")));
        days.setId("commendation-notice-days");
        days.setValue(5);
        days.setMin(1);
        days.setMax(30);
        days.setStepButtonsVisible(true);
        d.onSave(() -> {
            try {
                service.putToNotice(yearNo, commendation.getVersion(), days.getValue() == null ? 0 : days.getValue());
            } catch (BusinessException ex) {
                if (ex.field() == null) {
                    // the list changed under this dialog: show the page as it now is
                    d.close();
                    changed.run();
                }
                throw ex;
            }
            EntityForm.saved(getTranslation("commendation.notice.done"));
            changed.run();
        }).open();
    }
}
