package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.LargeTypeToggle;
import cn.fuwukuaiche.evaluation.control.RatingIntake;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException;
import cn.fuwukuaiche.evaluation.control.RatingRequest;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.enterprise.context.Dependent;

/**
 * 评价器: the anonymous, tablet-sized page at {@code /pad/<device key>} on a window's counter. It shows the
 * window and the staff on duty (photo and name only) and five large buttons; the chosen level then offers optional
 * sub-indicators and a comment with 提交 and a 10-second automatic submit; then thanks and resets itself. A revoked or unknown key shows a clear message.
 * The key in the address is the pad's only credential (the administrator issues and revokes it).
 */
@Dependent
@Route(value = "pad", autoLayout = false)
@PageTitle("评价器 · 服务快车")
@AnonymousAllowed
public class RatingPadView extends Div implements HasUrlParameter<String> {

    static final int RESET_MILLIS = 5000;
    /** After the level is chosen, the rating is submitted by itself after this many seconds without a tap. */
    static final int AUTO_SUBMIT_SECONDS = 10;
    private static final String[][] SCORES = {{"overall", "pad.score.overall"}, {"efficiency", "pad.score.efficiency"},
            {"competence", "pad.score.competence"}, {"attitude", "pad.score.attitude"}};

    private final RatingIntake intake;
    private final Div body = new Div();
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, List<NativeButton>> scoreButtons = new HashMap<>();
    private final Span message = new Span();
    private String key;
    private RatingIntake.PadInfo info;
    private String staffNo;
    private String clientId;
    /** The level chosen on the first screen, while its details (sub-scores, comment) are open; null otherwise. */
    private RatingLevel pending;
    private TextArea comment;
    private int detailsToken;

    @Inject
    public RatingPadView(RatingIntake intake) {
        this.intake = intake;
        addClassName("pad");
        setId("pad");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        this.key = parameter;
        removeAll();
        try {
            info = intake.padInfo(parameter);
        } catch (RatingRefusedException e) {
            showRefused(e);
            return;
        }
        add(header(), body);
        body.addClassName("pad-body");
        body.getElement().setAttribute("role", "main");
        showRating();
    }

    private Component header() {
        H1 brand = new H1(getTranslation("app.brand"));
        brand.addClassName("pad-brand");
        Span title = new Span(getTranslation("pad.title"));
        title.addClassName("pad-title");
        Div left = new Div(brand, title);
        left.addClassName("pad-brand-box");
        Span window = new Span(info.windowNo() + " " + info.windowName());
        window.setId("pad-window");
        window.addClassName("pad-window");
        Span unit = new Span(info.unitName());
        unit.addClassName("pad-unit");
        Div right = new Div(window, unit);
        right.addClassName("pad-window-box");
        Header header = new Header(left, right, new LargeTypeToggle());
        header.addClassName("pad-header");
        return header;
    }

    private void showRating() {
        body.removeAll();
        scores.clear();
        scoreButtons.clear();
        pending = null;
        comment = null;
        detailsToken++;
        clientId = "pad-" + UUID.randomUUID();
        staffNo = info.staff().size() == 1 ? info.staff().get(0).staffNo() : null;

        Div staffRow = new Div();
        staffRow.addClassName("pad-staff-row");
        List<Div> cards = info.staff().stream().map(s -> staffCard(s, staffRow)).toList();
        cards.forEach(staffRow::add);
        Span staffHint = new Span(getTranslation(info.staff().size() > 1 ? "pad.staff.choose" : "pad.staff.onDuty"));
        staffHint.addClassName("pad-hint");

        H2 prompt = new H2(getTranslation("pad.prompt"));
        prompt.addClassName("pad-prompt");
        Div levels = new Div();
        levels.addClassName("pad-levels");
        for (RatingLevel level : RatingLevel.values()) {
            NativeButton b = new NativeButton(level.label(), e -> chosen(level));
            b.setId("pad-level-" + level.name());
            b.addClassNames("pad-level", "pad-level-" + level.name().toLowerCase().replace('_', '-'));
            levels.add(b);
        }
        Span levelHint = new Span(getTranslation("pad.prompt.hint"));
        levelHint.addClassName("pad-hint");
        message.setText("");
        message.setId("pad-message");
        message.addClassName("pad-message");
        body.add(staffHint, staffRow, prompt, levels, levelHint, message);
    }

    private Div staffCard(RatingIntake.PadStaff s, Div row) {
        Div card = new Div();
        card.addClassName("pad-staff");
        card.setId("pad-staff-" + s.staffNo());
        if (s.thumbnail() != null) {
            Image photo = new Image(new StreamResource("staff-" + s.staffNo() + ".jpg", () -> new ByteArrayInputStream(s.thumbnail())),
                    s.name());
            photo.addClassName("pad-photo");
            card.add(photo);
        } else {
            Div initials = new Div(initials(s.name()));
            initials.addClassName("pad-initials");
            card.add(initials);
        }
        Span name = new Span(s.name());
        name.addClassName("pad-staff-name");
        card.add(name);
        if (s.staffNo().equals(staffNo)) {
            card.addClassName("selected");
        }
        if (info.staff().size() > 1) {
            card.getElement().setAttribute("role", "button").setAttribute("tabindex", "0")
                    .setAttribute("aria-label", getTranslation("pad.staff.aria", s.name()));
            card.getElement().addEventListener("keydown", e -> card.getElement().executeJs("this.click()"))
                    .setFilter("event.key === 'Enter' || event.key === ' '");
            card.addClickListener(e -> {
                boolean wasSelected = s.staffNo().equals(staffNo);
                row.getChildren().forEach(c -> c.removeClassName("selected"));
                staffNo = wasSelected ? null : s.staffNo();
                if (!wasSelected) {
                    card.addClassName("selected");
                }
            });
        }
        return card;
    }

    /** Chinese names are shown by their given name (the last one or two characters), as colleagues call each other. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String n = name.strip();
        return n.length() <= 2 ? n : n.substring(n.length() - 2);
    }

    private Div scoreRow(String field, String label) {
        Span l = new Span(label);
        l.addClassName("pad-score-label");
        Div row = new Div(l);
        row.addClassName("pad-score");
        List<NativeButton> buttons = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int value = i;
            NativeButton b = new NativeButton(String.valueOf(i), e -> {
                Integer old = scores.get(field);
                if (old != null && old == value) {
                    scores.remove(field);
                } else {
                    scores.put(field, value);
                }
                Integer now = scores.get(field);
                for (int j = 0; j < buttons.size(); j++) {
                    buttons.get(j).getElement().getClassList().set("on", now != null && j < now);
                    buttons.get(j).getElement().setAttribute("aria-pressed", String.valueOf(now != null && j + 1 == now));
                }
            });
            b.setId("pad-score-" + field + "-" + i);
            b.addClassName("pad-score-button");
            b.getElement().setAttribute("aria-label", getTranslation("pad.score.aria", label, i));
            b.getElement().setAttribute("aria-pressed", "false");
            buttons.add(b);
            row.add(b);
        }
        scoreButtons.put(field, buttons);
        return row;
    }

    /**
     * The citizen tapped one of the five levels: nothing is stored yet. The details screen offers the sub-scores and a
     * comment with a clear 提交; without a tap for {@link #AUTO_SUBMIT_SECONDS} seconds the rating is submitted by
     * itself (a countdown shows it), so a citizen who walks away still counts. Any tap restarts the countdown, and it
     * pauses while the comment is being written (WCAG 2.2.1: a time limit the user can extend).
     */
    private void chosen(RatingLevel level) {
        pending = level;
        int token = ++detailsToken;
        body.removeAll();
        Div details = new Div();
        details.setId("pad-details");
        details.addClassName("pad-details");
        H2 chosen = new H2(getTranslation("pad.chosen", level.label()));
        chosen.setId("pad-chosen");
        chosen.addClassNames("pad-prompt", "pad-chosen-" + level.name().toLowerCase().replace('_', '-'));
        details.add(chosen);
        if (level.isBad()) {
            Span sorry = new Span(getTranslation("pad.sorry"));
            sorry.addClassName("pad-sorry");
            details.add(sorry);
        }
        Span scoreHint = new Span(getTranslation("pad.score.hint"));
        scoreHint.addClassName("pad-hint");
        Div scoreGrid = new Div();
        scoreGrid.addClassName("pad-scores");
        scores.clear();
        scoreButtons.clear();
        for (String[] sc : SCORES) {
            scoreGrid.add(scoreRow(sc[0], getTranslation(sc[1])));
        }
        comment = new TextArea(getTranslation(level.isBad() ? "pad.comment" : "pad.comment.good"));
        comment.setId("pad-comment");
        comment.addClassName("pad-comment");
        comment.setMaxLength(500);
        comment.setPlaceholder(getTranslation(level.isBad() ? "pad.comment.placeholder" : "pad.comment.placeholder.good"));
        NativeButton submit = new NativeButton(getTranslation("pad.submit"), e -> submitPending(false));
        submit.setId("pad-submit");
        submit.addClassNames("pad-action", "primary");
        NativeButton back = new NativeButton(getTranslation("pad.back"), e -> showRating());
        back.setId("pad-back");
        back.addClassName("pad-action");
        Div actions = new Div(back, submit);
        actions.addClassName("pad-actions");
        Span countdown = new Span(getTranslation("pad.countdown", String.valueOf(AUTO_SUBMIT_SECONDS)));
        countdown.setId("pad-countdown");
        countdown.addClassName("pad-countdown");
        countdown.getElement().setAttribute("aria-live", "off");
        NativeButton more = new NativeButton(getTranslation("pad.countdown.more"));
        more.setId("pad-more-time");
        more.addClassName("pad-more-time");
        Div timer = new Div(countdown, more);
        timer.addClassName("pad-timer");
        actions.add(timer);
        message.setText("");
        details.add(scoreHint, scoreGrid, comment, actions, message);
        body.add(details);
        // the countdown runs in the browser; the server only hears of it when it reaches zero
        getElement().executeJs("""
                const view = this, box = $0, total = $1, token = $2, pattern = $3, paused = $4;
                const cd = box.querySelector('#pad-countdown');
                let left = total, hold = false;
                const show = () => { cd.textContent = hold ? paused : pattern.replace('{n}', left); };
                const restart = () => { left = total; show(); };
                box.addEventListener('pointerdown', restart, true);
                box.addEventListener('keydown', restart, true);
                box.addEventListener('focusin', e => { if (e.target.closest('#pad-comment')) { hold = true; show(); } });
                box.addEventListener('focusout', e => { if (e.target.closest('#pad-comment')) { hold = false; restart(); } });
                clearInterval(view.__padTimer);
                view.__padTimer = setInterval(() => {
                  if (!box.isConnected) { clearInterval(view.__padTimer); return; }
                  if (hold) return;
                  left--;
                  if (left <= 0) { clearInterval(view.__padTimer); view.$server.autoSubmit(token); } else { show(); }
                }, 1000);
                show();""", details.getElement(), AUTO_SUBMIT_SECONDS, token,
                getTranslation("pad.countdown", "{n}"), getTranslation("pad.countdown.paused"));
    }

    /** Called by the browser when the countdown of the details screen reached zero. */
    @ClientCallable
    void autoSubmit(int token) {
        if (pending != null && token == detailsToken) {
            submitPending(true);
        }
    }

    private void submitPending(boolean automatic) {
        if (pending == null) {
            return;
        }
        String text = comment == null ? null : comment.getValue();
        submit(pending, text, automatic);
    }

    private void submit(RatingLevel level, String comment, boolean automatic) {
        RatingRequest request = new RatingRequest(clientId, level, staffNo, scores.get("overall"), scores.get("efficiency"),
                scores.get("competence"), scores.get("attitude"),
                comment == null || comment.isBlank() ? null : comment.strip(), Times.now());
        try {
            intake.submit(key, request, RatingChannel.PAD);
        } catch (RatingRefusedException e) {
            if (e.kind() == RatingRefusedException.Kind.UNKNOWN_KEY || e.kind() == RatingRefusedException.Kind.REVOKED_KEY) {
                showRefused(e);
            } else {
                message.setText(e.getMessage());
            }
            return;
        }
        pending = null;
        detailsToken++;
        showThanks(level, automatic);
    }

    private void showThanks(RatingLevel level, boolean automatic) {
        body.removeAll();
        Div thanks = new Div();
        thanks.setId("pad-thanks");
        thanks.addClassName("pad-thanks");
        Span big = new Span(getTranslation("pad.thanks"));
        big.addClassName("pad-thanks-title");
        Span more = new Span(getTranslation(level.isBad() ? "pad.thanks.bad" : "pad.thanks.good"));
        more.addClassName("pad-thanks-text");
        Span reset = new Span(getTranslation("pad.thanks.reset", RESET_MILLIS / 1000));
        reset.addClassName("pad-hint");
        NativeButton again = new NativeButton(getTranslation("pad.again"), e -> showRating());
        again.setId("pad-again");
        again.addClassName("pad-action");
        thanks.add(big, more);
        if (automatic) {
            Span auto = new Span(getTranslation("pad.thanks.auto"));
            auto.setId("pad-thanks-auto");
            auto.addClassName("pad-hint");
            thanks.add(auto);
        }
        thanks.add(reset, again);
        body.add(thanks);
        getElement().executeJs("const el = this; clearTimeout(el.__padReset); el.__padReset = setTimeout(() => el.$server.reset(), $0)",
                RESET_MILLIS);
    }

    /** Called by the browser a few seconds after the thanks: back to the five buttons for the next citizen. */
    @ClientCallable
    void reset() {
        if (info != null && body.getChildren().anyMatch(c -> c.getId().filter("pad-thanks"::equals).isPresent())) {
            showRating();
        }
    }

    private void showRefused(RatingRefusedException e) {
        removeAll();
        Div box = new Div();
        box.setId("pad-refused");
        box.getElement().setAttribute("role", "main");
        box.addClassName("pad-refused");
        H1 brand = new H1(getTranslation("app.brand"));
        brand.addClassName("pad-brand");
        boolean revoked = e.kind() == RatingRefusedException.Kind.REVOKED_KEY;
        Span title = new Span(getTranslation(revoked ? "pad.revoked.title" : "pad.unknown.title"));
        title.addClassName("pad-refused-title");
        Span text = new Span(revoked ? e.getMessage() : getTranslation("pad.unknown.text"));
        text.addClassName("pad-refused-text");
        box.add(brand, title, text);
        add(box);
    }
}
