package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.contest.control.ParticipationService;
import cn.fuwukuaiche.contest.control.TimeLimit;
import cn.fuwukuaiche.contest.control.ParticipationService.Paper;
import cn.fuwukuaiche.contest.control.ParticipationService.PaperQuestion;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.QuestionType;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jakarta.enterprise.context.Dependent;

/**
 * Taking a contest: the knowledge paper (each answer saved as it is given) or the typing passage. The countdown
 * is only a display; the server decides, and auto-submits when the time is up.
 */
@Dependent
@Route("my-contests/take")
@RolesAllowed(Role.Names.STAFF)
public class TakeContestView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** How long the page waits after the last keystroke before it saves the typed text. */
    static final int TYPING_SAVE_MILLIS = 800;

    private final Span typingSaved = new Span();

    private final ParticipationService participation;
    private long contestId;

    @Inject
    public TakeContestView(ParticipationService participation) {
        this.participation = participation;
        setMaxWidth("900px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.take.pageTitle");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        contestId = id;
        render();
    }

    private void render() {
        removeAll();
        Paper paper;
        try {
            paper = participation.paper(contestId);
        } catch (BusinessException ex) {
            add(new H2(getTranslation("contest.take.title")), new Paragraph(ex.getMessage()));
            return;
        }
        Contest c = paper.contest();
        Attempt a = paper.attempt();
        add(new H2(c.getTitle()));
        if (a.isSubmitted()) {
            renderDone(paper);
            return;
        }
        Span countdown = new Span();
        countdown.setId("countdown");
        countdown.addClassName("contest-countdown");
        // the typing test has its own words: no "answers are saved as you choose" for a passage to type
        add(new Paragraph(getTranslation(c.getKind() == ContestKind.TYPING ? "contest.take.typingHint" : "contest.take.hint",
                c.getTimeLimitMinutes())), countdown);
        countdown.getElement().executeJs("""
                const el = this; const end = Date.now() + $0 * 1000; const view = $1; const words = $3;
                const tick = () => { const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = words.replace('{0}', Math.floor(s / 60)).replace('{1}', String(s % 60).padStart(2, '0'));
                  if (s <= 0) { clearInterval(el._t); setTimeout(() => view.$server.timeUp(), $2 * 1000 + 1500); } };
                clearInterval(el._t); el._t = setInterval(tick, 1000); tick();""", (int) paper.secondsLeft(), getElement(), TimeLimit.GRACE_SECONDS,
                getTranslation("contest.take.countdown"));
        if (c.getKind() == ContestKind.TYPING) {
            renderTyping(c, a);
        } else {
            renderKnowledge(paper);
        }
    }

    private void renderKnowledge(Paper paper) {
        for (PaperQuestion pq : paper.questions()) {
            Question q = pq.question();
            Div box = new Div();
            box.addClassName("contest-question");
            box.setId("question-" + pq.no());
            box.add(new Paragraph(getTranslation("contest.take.question", String.valueOf(pq.no()), q.getType().label(), q.getStem())));
            List<String> letters = letters(q);
            if (q.getType() == QuestionType.MULTIPLE) {
                CheckboxGroup<String> g = new CheckboxGroup<>();
                g.setItems(letters);
                g.setItemLabelGenerator(l -> label(q, l));
                g.addThemeName("vertical");
                if (pq.given() != null) {
                    List<String> sel = new ArrayList<>();
                    for (char ch : pq.given().toCharArray()) {
                        sel.add(String.valueOf(ch));
                    }
                    g.select(sel.toArray(String[]::new));
                }
                g.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        StringBuilder sb = new StringBuilder();
                        new TreeSet<>(e.getValue()).forEach(sb::append);
                        save(q.getId(), sb.toString());
                    }
                });
                box.add(g);
            } else {
                RadioButtonGroup<String> g = new RadioButtonGroup<>();
                g.setItems(letters);
                g.setItemLabelGenerator(l -> label(q, l));
                g.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                if (pq.given() != null) {
                    g.setValue(pq.given());
                }
                g.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        save(q.getId(), e.getValue());
                    }
                });
                box.add(g);
            }
            add(box);
        }
        int total = paper.questions().size();
        Button submit = new Button(getTranslation("contest.submit"), e -> {
            long answered;
            try {
                answered = participation.paper(contestId).questions().stream().filter(q -> q.given() != null).count();
            } catch (BusinessException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                render();
                return;
            }
            FinalStepDialog.ask(getTranslation("contest.step.submitTitle"),
                            getTranslation("contest.step.submitText", answered, total, total - answered), getTranslation("contest.submit"))
                    .onConfirm(reason -> {
                        participation.submit(contestId);
                        return getTranslation("contest.submitted");
                    }).then(this::render).open();
        });
        submit.setId("submit-test");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    private void renderTyping(Contest c, Attempt attempt) {
        Paragraph passage = new Paragraph(c.getPassage());
        passage.setId("typing-passage");
        passage.getStyle().set("user-select", "none").set("font-size", "1.2em").set("line-height", "1.8");
        TextArea input = new TextArea(getTranslation("contest.typing.input"));
        input.setId("typing-input");
        input.setWidthFull();
        input.setMinHeight("200px");
        input.getElement().executeJs("this.addEventListener('paste', e => e.preventDefault(), true);"
                + "this.addEventListener('drop', e => e.preventDefault(), true);");
        TextArea input2 = new TextArea(getTranslation("contest.typing.input2"));
        Paragraph passage2 = new Paragraph(c.getPassage2());
        if (c.getPassage2() != null) {
            passage2.setId("typing-passage2");
            passage2.getStyle().set("user-select", "none").set("font-size", "1.2em").set("line-height", "1.8")
                    .set("font-family", "monospace").set("letter-spacing", "0.05em");
            input2.setId("typing-input2");
            input2.setWidthFull();
            input2.setMinHeight("120px");
            input2.getElement().executeJs("this.addEventListener('paste', e => e.preventDefault(), true);"
                    + "this.addEventListener('drop', e => e.preventDefault(), true);");
        }
        // saved as typed, on the server (debounced): a reload or a lost connection loses nothing
        input.setValue(attempt.getTypedText() == null ? "" : attempt.getTypedText());
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.setValueChangeTimeout(TYPING_SAVE_MILLIS);
        input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveTyping(input.getValue(), c.getPassage2() == null ? null : input2.getValue());
            }
        });
        if (c.getPassage2() != null) {
            input2.setValue(attempt.getTypedText2() == null ? "" : attempt.getTypedText2());
            input2.setValueChangeMode(ValueChangeMode.LAZY);
            input2.setValueChangeTimeout(TYPING_SAVE_MILLIS);
            input2.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveTyping(input.getValue(), input2.getValue());
                }
            });
        }
        Button submit = new Button(getTranslation("contest.submit"), e -> FinalStepDialog.ask(getTranslation("contest.step.submitTitle"),
                        getTranslation("contest.step.submitTypingText", input.getValue().length()
                                + (c.getPassage2() == null ? 0 : input2.getValue().length())), getTranslation("contest.submit"))
                .onConfirm(reason -> {
                    Attempt a = participation.submitTyping(contestId, input.getValue(), c.getPassage2() == null ? null : input2.getValue());
                    return getTranslation("contest.typing.done", a.getSpeed().toPlainString(),
                            a.getAccuracy().movePointRight(2).stripTrailingZeros().toPlainString());
                }).then(this::render).open());
        submit.setId("typing-submit");
        typingSaved.setId("typing-saved");
        typingSaved.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (c.getPassage2() == null) {
            add(passage, input, typingSaved, submit);
        } else {
            add(new com.vaadin.flow.component.html.H4(getTranslation("contest.typing.part1")), passage, input,
                    new com.vaadin.flow.component.html.H4(getTranslation("contest.typing.part2")), passage2, input2, typingSaved, submit);
        }
    }

    private void renderDone(Paper paper) {
        Contest c = paper.contest();
        Attempt a = paper.attempt();
        Paragraph status = new Paragraph();
        status.setId("attempt-status");
        if (!c.isOver()) {
            status.setText(getTranslation("contest.done.waiting") + (a.isAutoSubmitted() ? getTranslation("contest.done.auto") : ""));
            add(status);
            return;
        }
        if (c.getKind() == ContestKind.TYPING) {
            status.setText(getTranslation("contest.done.typing", a.getSpeed().toPlainString(),
                    a.getAccuracy().movePointRight(2).stripTrailingZeros().toPlainString()));
            add(status);
            return;
        }
        status.setText(getTranslation("contest.done.score", a.getScore().toPlainString(), a.getCorrectCount(), a.getQuestionTotal()));
        add(status);
        for (PaperQuestion pq : paper.questions()) {
            Question q = pq.question();
            Div box = new Div();
            box.addClassName("contest-question");
            box.add(new Paragraph(getTranslation("contest.take.question", String.valueOf(pq.no()), q.getType().label(), q.getStem())));
            StringBuilder opts = new StringBuilder();
            for (String l : letters(q)) {
                opts.append(label(q, l)).append('\u3000'); // an ideographic space between options
            }
            box.add(new Paragraph(opts.toString()));
            Span mark = new Span(getTranslation(Boolean.TRUE.equals(pq.correct()) ? "contest.take.markRight" : "contest.take.markWrong",
                    shown(q, pq.given()), shown(q, pq.key())));
            mark.getStyle().set("color", Boolean.TRUE.equals(pq.correct()) ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            box.add(mark);
            add(box);
        }
    }

    @ClientCallable
    public void timeUp() {
        render();
    }

    private void saveTyping(String typed, String typed2) {
        try {
            participation.saveTyping(contestId, typed, typed2);
            typingSaved.setText(getTranslation("contest.typing.saved", java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                    .format(Times.now())));
        } catch (BusinessException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            render();
        }
    }

    private void save(long questionId, String value) {
        try {
            participation.saveAnswer(contestId, questionId, value);
        } catch (BusinessException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            render();
        }
    }

    private static List<String> letters(Question q) {
        if (q.getType() == QuestionType.TRUE_FALSE) {
            return List.of("T", "F");
        }
        List<String> l = new ArrayList<>();
        for (int i = 0; i < q.getOptionList().size(); i++) {
            l.add(String.valueOf((char) ('A' + i)));
        }
        return l;
    }

    private String label(Question q, String letter) {
        if (q.getType() == QuestionType.TRUE_FALSE) {
            return getTranslation("T".equals(letter) ? "contest.take.true" : "contest.take.false");
        }
        return letter + ". " + q.getOptionList().get(letter.charAt(0) - 'A');
    }

    private String shown(Question q, String key) {
        if (key == null || key.isEmpty()) {
            return getTranslation("contest.take.unanswered");
        }
        if (q.getType() == QuestionType.TRUE_FALSE) {
            return getTranslation("T".equals(key) ? "contest.take.true" : "contest.take.false");
        }
        return key;
    }
}
