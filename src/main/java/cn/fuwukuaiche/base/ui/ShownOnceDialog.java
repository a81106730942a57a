package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the server shows once and never again (a pad's device key, a screen's address): a note saying so, labelled
 * values in large type ({@code issued-key}) and one 关闭 button ({@code close-issued}). A click beside it does not close
 * it, so nobody loses the value by accident. Not an edit form: the entity is already saved when it opens.
 *
 * <pre>
 * new ShownOnceDialog("key-issued", title, getTranslation("pads.issuedOnce"))
 *         .line(getTranslation("pads.key"), new Span(issued.key()), "issued-key").open();
 * </pre>
 */
public class ShownOnceDialog extends Dialog {

    public ShownOnceDialog(String id, String title, String once) {
        setId(id);
        setHeaderTitle(title);
        add(new Paragraph(once));
        Button ok = new Button(getTranslation("action.close"), e -> close());
        ok.setId("close-issued");
        getFooter().add(ok);
        setCloseOnOutsideClick(false);
    }

    /** A label and its value, the value with the id {@code valueId}. */
    public <C extends Component & HasStyle> ShownOnceDialog line(String label, C value, String valueId) {
        value.setId(valueId);
        value.addClassName("issued-key");
        add(new Paragraph(label), value);
        return this;
    }
}
