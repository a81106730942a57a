package cn.fuwukuaiche.it.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import java.util.concurrent.Callable;

/**
 * Signs a demo account in on the request that runs the test, through the same Jakarta Security
 * mechanism and identity store as the login page, then calls services as that caller: their own
 * {@code @RolesAllowed} and scope checks decide.
 */
@ApplicationScoped
public class SignIn {

    public static final String DEMO_PASSWORD = "demo1234";

    @Inject
    SecurityContext security;

    public <T> T as(String username, Callable<T> work) throws Exception {
        String current = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        if (username.equals(current)) {
            return work.call();
        }
        if (current != null) {
            // Payara keeps the first caller of a request; a test signs in one account per method
            throw new IllegalStateException("already signed in as " + current + "; use one account per test method");
        }
        AuthenticationStatus status = security.authenticate(CurrentExchange.REQUEST.get(), CurrentExchange.RESPONSE.get(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(DEMO_PASSWORD)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("could not sign in as " + username + ": " + status);
        }
        return work.call();
    }

    public void as(String username, Runnable work) throws Exception {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
