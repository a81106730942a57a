package cn.fuwukuaiche.security.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.security.control.LoginService;
import cn.fuwukuaiche.security.web.RolelessSessionFilter;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDateTime;
import java.util.Optional;
import jakarta.enterprise.context.Dependent;

/**
 * The Chinese login page. The form's event calls Jakarta Security directly; on success the session id
 * is changed (no session fixation) and the browser goes where it was headed.
 */
@Dependent
@Route(value = "login", autoLayout = false)
@PageTitle("登录 · 服务快车")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final SecurityContext securityContext;
    private final LoginService logins;
    private final int maxFailedLogins;
    private final int lockMinutes;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    @Inject
    public LoginView(SecurityContext securityContext, LoginService logins,
                     @ConfigProperty(name = "app.security.max-failed-logins", defaultValue = "5") int maxFailedLogins,
                     @ConfigProperty(name = "app.security.lock-minutes", defaultValue = "15") int lockMinutes) {
        this.securityContext = securityContext;
        this.logins = logins;
        this.maxFailedLogins = maxFailedLogins;
        this.lockMinutes = lockMinutes;
        addClassName("login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 brand = new H1(getTranslation("app.brand"));
        brand.addClassName("login-brand");
        Span hall = new Span(getTranslation("app.subtitle"));
        hall.addClassName("login-hall");
        Span motto = new Span(getTranslation("app.motto"));
        motto.addClassName("login-motto");

        form.setI18n(i18n(getTranslation("login.error.title"),
                getTranslation("login.error.message", maxFailedLogins, lockMinutes)));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::login);
        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.setText(getTranslation("login.forgot"));

        Div card = new Div(brand, hall, motto, form, notice);
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.required"));
        error.setPassword(getTranslation("login.required"));
        return i18n;
    }

    private void login(AbstractLogin.LoginEvent event) {
        String username = event.getUsername() == null ? "" : event.getUsername().strip();
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                VaadinServletResponse.getCurrent().getHttpServletResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(event.getPassword())))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            RolelessSessionFilter.signedInHere(request.getSession());
            String target = storedRedirect().orElse("");
            getUI().ifPresent(ui -> ui.getPage().setLocation(target.isEmpty() ? "/" : target));
            return;
        }
        Optional<LocalDateTime> locked = logins.lockedUntil(username);
        if (locked.isPresent()) {
            form.setI18n(i18n(getTranslation("login.locked.title"),
                    getTranslation("login.locked.message", Times.format(locked.get()))));
        } else {
            form.setI18n(i18n(getTranslation("login.error.title"),
                    getTranslation("login.error.message", maxFailedLogins, lockMinutes)));
        }
        form.setError(true);
        form.setEnabled(true);
    }

    private Optional<String> storedRedirect() {
        Object stored = VaadinSession.getCurrent().getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (stored instanceof String s && !s.contains("login") && !s.startsWith("//") && !s.contains(":")) {
            return Optional.of(s.startsWith("/") ? s : "/" + s);
        }
        return Optional.empty();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (securityContext.getCallerPrincipal() != null) {
            event.forwardTo("");
        }
    }
}
