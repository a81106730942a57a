package cn.fuwukuaiche.security.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.security.control.PasswordPolicy;
import cn.fuwukuaiche.security.control.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

/** Everyone changes their own password here; a reset or new account is sent here until they do. */
@Dependent
@Route("password")
@PageTitle("修改密码 · 服务快车")
@Menu(title = "menu.password", order = 90, icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    private final UserService users;
    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField confirm = new PasswordField();

    @Inject
    public ChangePasswordView(UserService users) {
        this.users = users;
        add(new H2(getTranslation("password.title")));
        if (users.mustChangePassword()) {
            Paragraph must = new Paragraph(getTranslation("password.must"));
            must.addClassName("notice-warning");
            must.setId("must-change");
            add(must);
        }
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.hint"));
        next.setId("new-password");
        confirm.setLabel(getTranslation("password.confirm"));
        confirm.setId("confirm-password");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, confirm);
        form.setMaxWidth("420px");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        confirm.setInvalid(false);
        var problem = PasswordPolicy.problem(next.getValue());
        if (problem.isPresent()) {
            next.setErrorMessage(problem.get());
            next.setInvalid(true);
            return;
        }
        if (!next.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), next.getValue());
        } catch (BusinessException e) {
            PasswordField field = "current".equals(e.field()) ? current : next;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        current.clear();
        next.clear();
        confirm.clear();
        Notification.show(getTranslation("password.changed"), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
