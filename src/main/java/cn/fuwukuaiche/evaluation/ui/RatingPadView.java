package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RatingIntake;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException;
import cn.fuwukuaiche.evaluation.control.RatingRequest;
import cn.fuwukuaiche.evaluation.control.scheme.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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

/**
 * 评价器: the anonymous, tablet-sized page at {@code /pad/<device key>} on a window's counter. It shows the
 * window and the staff on duty (photo and name only), five large buttons, optional sub-indicators, and for a
 * 差评 an optional comment; then thanks and resets itself. A revoked or unknown key shows a clear message.
 * The key in the address is the pad's only credential (the administrator issues and revokes it).
 */
@Route(value = "pad", autoLayout = false)
@PageTitle("评价器 · 服务快车")
@AnonymousAllowed
public class RatingPadView extends Div implements HasUrlParameter<String> {

    static final int RESET_MILLIS = 5000;
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
        Div header = new Div(left, right);
        header.addClassName("pad-header");
        return header;
    }

    private void showRating() {
        body.removeAll();
        scores.clear();
        scoreButtons.clear();
        clientId = "pad-" + UUID.randomUUID();
        staffNo = info.staff().size() == 1 ? info.staff().get(0).staffNo() : null;

        Div staffRow = new Div();
        staffRow.addClassName("pad-staff-row");
        List<Div> cards = info.staff().stream().map(s -> staffCard(s, staffRow)).toList();
        cards.forEach(staffRow::add);
        Span staffHint = new Span(getTranslation(info.staff().size() > 1 ? "pad.staff.choose" : "pad.staff.onDuty"));
        staffHint.addClassName("pad-hint");

        Span prompt = new Span(getTranslation("pad.prompt"));
        prompt.addClassName("pad-prompt");
        Div levels = new Div();
        levels.addClassName("pad-levels");
        for (RatingLevel level : RatingLevel.values()) {
            NativeButton b = new NativeButton(level.label(), e -> chosen(level));
            b.setId("pad-level-" + level.name());
            b.addClassNames("pad-level", "pad-level-" + level.name().toLowerCase().replace('_', '-'));
            levels.add(b);
        }

        Div scoreGrid = new Div();
        scoreGrid.addClassName("pad-scores");
        for (String[] s : SCORES) {
            scoreGrid.add(scoreRow(s[0], getTranslation(s[1])));
        }
        Span scoreHint = new Span(getTranslation("pad.score.hint"));
        scoreHint.addClassName("pad-hint");
        message.setText("");
        message.setId("pad-message");
        message.addClassName("pad-message");
        body.add(staffHint, staffRow, prompt, levels, scoreHint, scoreGrid, message);
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
                }
            });
            b.setId("pad-score-" + field + "-" + i);
            b.addClassName("pad-score-button");
            buttons.add(b);
            row.add(b);
        }
        scoreButtons.put(field, buttons);
        return row;
    }

    private void chosen(RatingLevel level) {
        if (level.isBad()) {
            showComment(level);
        } else {
            submit(level, null);
        }
    }

    private void showComment(RatingLevel level) {
        body.removeAll();
        Span sorry = new Span(getTranslation("pad.sorry"));
        sorry.addClassName("pad-prompt");
        Span chosen = new Span(getTranslation("pad.chosen", level.label()));
        chosen.addClassName("pad-hint");
        TextArea comment = new TextArea(getTranslation("pad.comment"));
        comment.setId("pad-comment");
        comment.addClassName("pad-comment");
        comment.setMaxLength(500);
        comment.setPlaceholder(getTranslation("pad.comment.placeholder"));
        NativeButton submit = new NativeButton(getTranslation("pad.submit"), e -> submit(level, comment.getValue()));
        submit.setId("pad-submit");
        submit.addClassNames("pad-action", "primary");
        NativeButton back = new NativeButton(getTranslation("pad.back"), e -> showRating());
        back.setId("pad-back");
        back.addClassName("pad-action");
        Div actions = new Div(back, submit);
        actions.addClassName("pad-actions");
        message.setText("");
        body.add(sorry, chosen, comment, actions, message);
    }

    private void submit(RatingLevel level, String comment) {
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
        showThanks(level);
    }

    private void showThanks(RatingLevel level) {
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
        thanks.add(big, more, reset, again);
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
