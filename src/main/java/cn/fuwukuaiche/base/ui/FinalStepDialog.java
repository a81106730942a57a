package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Function;

/**
 * A step that cannot be undone asks first: the dialog says what the step will do and to how many (the caller's
 * words, e.g. "5 名参赛人员尚未答题，确定提前结束？"), takes a confirmation and, where the step cuts a period short
 * or overrides a rule, a required reason that the service writes to the audit trail. The step answers with a
 * notification either way: the caller's success text, or the service's refusal (beside the reason when it is
 * about the reason). One component for every such step, so they all look and behave alike.
 *
 * <pre>
 * FinalStepDialog.ask(title, text, confirmLabel)
 *         .requireReason()                 // only where a period is cut short or a rule overridden
 *         .onConfirm(reason -> { service.step(..., reason); return successText; })
 *         .open();
 * </pre>
 */
public class FinalStepDialog extends Dialog {

    public static final String ID = "final-step";

    private final Paragraph text = new Paragraph();
    private final TextArea reason = new TextArea();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private Function<String, String> action = r -> "";
    private Runnable after = () -> {
    };

    private FinalStepDialog(String title, String what, String confirmLabel) {
        setId(ID);
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        text.setText(what);
        text.setId(ID + "-text");
        text.getStyle().set("margin-top", "0").set("max-width", "32em");
        reason.setId(ID + "-reason");
        reason.setLabel(getTranslation("finalStep.reason"));
        reason.setHelperText(getTranslation("finalStep.reasonHelp"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setVisible(false);
        VerticalLayout body = new VerticalLayout(text, reason);
        body.setPadding(false);
        body.setSpacing(false);
        add(body);
        confirm.setText(confirmLabel);
        confirm.setId(ID + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> run());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId(ID + "-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }

    /** A dialog titled {@code title} that says {@code what} will happen; {@code confirmLabel} on the button that does it. */
    public static FinalStepDialog ask(String title, String what, String confirmLabel) {
        return new FinalStepDialog(title, what, confirmLabel);
    }

    /** The step needs a reason (at least 2 characters) that goes into the audit trail. */
    public FinalStepDialog requireReason() {
        reason.setVisible(true);
        reason.setRequiredIndicatorVisible(true);
        return this;
    }

    /**
     * What the step does: given the reason ("" when none is asked), it calls the service and returns the success
     * text for the notification; a {@link BusinessException} keeps the dialog open with the refusal shown.
     */
    public FinalStepDialog onConfirm(Function<String, String> step) {
        this.action = step;
        return this;
    }

    /** Runs after a successful step (e.g. to refresh the page). */
    public FinalStepDialog then(Runnable refresh) {
        this.after = refresh;
        return this;
    }

    private void run() {
        String why = reason.getValue() == null ? "" : reason.getValue().strip();
        if (reason.isVisible() && why.length() < 2) {
            reason.setErrorMessage(getTranslation("finalStep.reasonRequired"));
            reason.setInvalid(true);
            return;
        }
        reason.setInvalid(false);
        String done;
        try {
            done = action.apply(why);
        } catch (BusinessException e) {
            if (reason.isVisible() && "reason".equals(e.field())) {
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            } else {
                Notification n = Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                n.setId(ID + "-refused");
            }
            return;
        }
        close();
        Notification n = Notification.show(done, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId(ID + "-done");
        after.run();
    }
}
