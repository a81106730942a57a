package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The edit dialog every page uses: a title, an {@link EntityForm}, 取消 and a primary save button. The save runs the
 * caller's service call through the form: on success the dialog closes, on any refusal or error it stays open with
 * the user's input and the message beside its field (or as a notification).
 *
 * <pre>
 * EditDialog dialog = new EditDialog(title, getTranslation("action.save"), "node-save");
 * TextField name = dialog.form().field("name", new TextField(getTranslation("network.node.name")));
 * dialog.onSave(() -> { nodes.update(id, version, new NodeForm(name.getValue(), …)); EntityForm.saved(…); refresh(); });
 * dialog.open();
 * </pre>
 */
public class EditDialog extends Dialog {

    private final EntityForm form = new EntityForm();
    private final Button save = new Button();
    private SerializableRunnable action = () -> {
    };

    /** A dialog whose button says 保存. */
    public EditDialog(String title, String saveId) {
        this(title, null, saveId);
    }

    /** {@code saveLabel} on the button (null: 保存), which has the id {@code saveId} (browser tests find it by that). */
    public EditDialog(String title, String saveLabel, String saveId) {
        setHeaderTitle(title);
        add(form);
        save.setText(saveLabel == null ? getTranslation("action.save") : saveLabel);
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.save(action)) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    public EntityForm form() {
        return form;
    }

    /** What 保存 does: the service call and what follows it (a notification, a refresh, a navigation). */
    public EditDialog onSave(SerializableRunnable action) {
        this.action = action;
        return this;
    }

    public Button saveButton() {
        return save;
    }

    /**
     * A second way to save through the same form (a draft beside the final save), standing before the primary button:
     * {@code action} runs as {@link #onSave}'s does, and the dialog closes only when it went through.
     */
    public Button alsoSave(String label, String id, SerializableRunnable action) {
        Button other = new Button(label);
        other.setId(id);
        other.addClickListener(e -> {
            if (form.save(action)) {
                close();
            }
        });
        getFooter().addComponentAtIndex(1, other);
        return other;
    }
}
