package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way a page edits something: a {@link FormLayout} whose fields carry the names the services use in
 * {@link BusinessException#field()}, and a {@link Binder} that shows every message beside its field.
 * <ul>
 *   <li>{@link #field(String, Component)} adds a field under the service's name for it; the binder validates it.
 *       Callers add required marks, converters or validators through {@link #binder()} / {@link #binding(String)}.</li>
 *   <li>{@link #save(SerializableRunnable)} validates, then runs the service call. A refusal that names a field of
 *       this form stays beside that field (as a binder validation error, until the user changes the value); any other
 *       refusal, a stale save ("数据已被他人修改") or a failure becomes a notification. The fields keep what the user
 *       typed in every case: nothing is lost.</li>
 * </ul>
 * {@link EditDialog} puts one in a dialog with 取消/保存; pages that edit in place (settings) use it directly.
 */
public class EntityForm extends FormLayout {

    private record Rejection(Object value, String message) {
    }

    private final Binder<Object> binder = new Binder<>();
    private final Map<String, Binder.Binding<Object, ?>> bindings = new HashMap<>();
    private final Map<String, Rejection> rejected = new HashMap<>();
    private final Map<String, HasValidation> marked = new HashMap<>();

    public EntityForm() {
        // the services' Chinese messages decide about ranges and bad input (a component's own check has no words)
        binder.setDefaultValidatorsEnabled(false);
    }

    /** Adds {@code field} to the layout as the field the services call {@code name}, and returns it. */
    public <V, F extends Component & HasValue<?, V> & HasValidation> F field(String name, F field) {
        add(field);
        return bind(name, field);
    }

    /**
     * Adds {@code field} as {@code name} with a check the page makes itself before asking the service (the same rule
     * class the service asks): {@code problem} gives the Chinese message for a bad value, empty for a good one.
     */
    public <V, F extends Component & HasValue<?, V> & HasValidation> F field(String name, F field,
                                                                              SerializableFunction<V, Optional<String>> problem) {
        add(field);
        return bind(name, field, problem);
    }

    /** Binds a field that is shown elsewhere on the page (not in this layout) under the service's {@code name}. */
    public <V, F extends Component & HasValue<?, V> & HasValidation> F bind(String name, F field) {
        return bind(name, field, value -> Optional.empty());
    }

    /** Binds a field laid out elsewhere as {@code name}, with a check the page makes itself (see the three-argument {@code field}). */
    public <V, F extends Component & HasValue<?, V> & HasValidation> F bind(String name, F field,
                                                                             SerializableFunction<V, Optional<String>> problem) {
        bindings.put(name, binder.forField(field)
                .withValidator((value, context) -> {
                    Rejection r = rejected.get(name);
                    if (r != null && Objects.equals(r.value(), value)) {
                        return ValidationResult.error(r.message());
                    }
                    return problem.apply(value).map(ValidationResult::error).orElse(ValidationResult.ok());
                })
                .bind(bean -> null, (bean, value) -> {
                }));
        return field;
    }

    /**
     * Names a component that holds no single value (an upload list) as the field the services call {@code name}:
     * a refusal about it is shown on it until the next save. The caller lays it out.
     */
    public <C extends HasValidation> C mark(String name, C component) {
        marked.put(name, component);
        return component;
    }

    public Binder<Object> binder() {
        return binder;
    }

    public Binder.Binding<Object, ?> binding(String name) {
        return bindings.get(name);
    }

    /**
     * Validates the fields, then runs {@code action} (the service call and what follows it). True when it went
     * through; false when a message is shown beside a field or as a notification, the input left as it was.
     */
    public boolean save(SerializableRunnable action) {
        rejected.clear();
        marked.values().forEach(c -> c.setInvalid(false));
        if (!binder.validate().isOk()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            String notice = problem(e);
            if (notice != null) {
                FriendlyErrorHandler.show(notice);
            }
            return false;
        }
    }

    /**
     * Where a failed save's message goes: null when it now stands beside one of this form's fields, else the Chinese
     * message for a notification (the service's refusal, "数据已被他人修改", "no right", or a reference number).
     */
    String problem(RuntimeException e) {
        if (e instanceof BusinessException be) {
            return showBeside(be) ? null : be.getMessage();
        }
        return FriendlyErrorHandler.messageFor(e);
    }

    /** Shows {@code e} beside its field, if this form has that field; false when it has not. */
    public boolean showBeside(BusinessException e) {
        Binder.Binding<Object, ?> binding = e.field() == null ? null : bindings.get(e.field());
        if (binding == null) {
            HasValidation other = e.field() == null ? null : marked.get(e.field());
            if (other == null) {
                return false;
            }
            other.setErrorMessage(e.getMessage());
            other.setInvalid(true);
            return true;
        }
        rejected.put(e.field(), new Rejection(binding.getField().getValue(), e.getMessage()));
        binding.validate();
        return true;
    }

    /**
     * For pages that keep their own fields by name without a form: {@code e} beside its field when the map has it,
     * else as a notification.
     */
    public static void show(BusinessException e, Map<String, ? extends HasValidation> fields) {
        HasValidation f = e.field() == null ? null : fields.get(e.field());
        if (f != null) {
            f.setErrorMessage(e.getMessage());
            f.setInvalid(true);
        } else {
            FriendlyErrorHandler.show(e.getMessage());
        }
    }

    /** The green notification after a save. */
    public static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
