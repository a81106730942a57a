package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A decision on something someone submitted — approve or return, uphold or reject — with the reason that goes into
 * the audit trail: what is decided on (the caller's lines), a reason field on an {@link EntityForm} and one button a
 * possible decision. A decision runs through the form, so a refusal about the reason stands beside it, a stale
 * decision ("数据已被他人修改") or any other refusal becomes a notification, and the dialog stays open with what was
 * typed; it closes, says {@code done} and runs {@link #then} only when the decision went through.
 *
 * <pre>
 * new DecisionDialog(title, getTranslation("rect.decisionReason"), "decisionReason", "decision-reason")
 *         .about(new Paragraph(…))
 *         .decision(getTranslation("rect.reject"), "reject", why -> service.decide(id, version, false, why))
 *         .decision(getTranslation("rect.uphold"), "uphold", why -> service.decide(id, version, true, why), LUMO_PRIMARY)
 *         .then(done, this::refresh).open();
 * </pre>
 */
public class DecisionDialog extends Dialog {

    private final EntityForm form = new EntityForm();
    private final TextArea reason;
    private String done;
    private SerializableRunnable after = () -> {
    };

    /** {@code reasonField}: the name the service gives the reason in its refusals; {@code reasonId}: the field's id. */
    public DecisionDialog(String title, String reasonLabel, String reasonField, String reasonId) {
        setHeaderTitle(title);
        form.setResponsiveSteps(new ResponsiveStep("0", 1));
        reason = form.field(reasonField, new TextArea(reasonLabel));
        reason.setId(reasonId);
        reason.setWidthFull();
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }

    /** What is decided on, shown above the reason. */
    public DecisionDialog about(Component... lines) {
        addComponentAtIndex(0, lines.length == 1 ? lines[0] : new com.vaadin.flow.component.html.Div(lines));
        return this;
    }

    /**
     * A button for one possible decision (buttons stand in the order added, after 取消); {@code step} gets the reason
     * as typed and calls the service.
     */
    public DecisionDialog decision(String label, String id, SerializableConsumer<String> step, ButtonVariant... variants) {
        Button b = new Button(label);
        b.setId(id);
        b.addThemeVariants(variants);
        b.addClickListener(e -> {
            if (form.save(() -> step.accept(reason.getValue()))) {
                close();
                if (done != null) {
                    EntityForm.saved(done);
                }
                after.run();
            }
        });
        getFooter().add(b);
        return this;
    }

    /** After a decision went through: the green notification {@code doneText} and {@code refresh}. */
    public DecisionDialog then(String doneText, SerializableRunnable refresh) {
        this.done = doneText;
        this.after = refresh;
        return this;
    }

    public TextArea reason() {
        return reason;
    }

    public EntityForm form() {
        return form;
    }
}
