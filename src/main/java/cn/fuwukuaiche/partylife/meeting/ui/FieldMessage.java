package cn.fuwukuaiche.partylife.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** A refusal shown beside a part of a form that is not one input (the attendance list, the attachments). */
class FieldMessage extends Span implements HasValidation {

    FieldMessage(String id) {
        setId(id);
        addClassName("field-message");
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String message) {
        setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
