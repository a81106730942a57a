package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security: a custom form mechanism (the Vaadin login view calls
 * {@code SecurityContext.authenticate}), the container session keeps the caller, and the roles are
 * the groups {@link AppIdentityStore} returns. No error page: a failed login stays on the Vaadin view,
 * which shows the reason itself.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF, Role.Names.AGENT,
        Role.Names.SUPERVISOR, Role.Names.SUPER_ADMIN})
@ApplicationScoped
public class SecurityConfig {
}
