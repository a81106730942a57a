package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling, for views and services alike; asks the container each time, holds no state. Only {@link #account()}
 * reads the database ({@link HallBound} there, so a view's many role checks cost no transaction).
 */
@ApplicationScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    public Optional<String> username() {
        Principal p = security.getCallerPrincipal();
        return p == null ? Optional.empty() : Optional.of(p.getName());
    }

    public boolean is(Role role) {
        return security.isCallerInRole(role.name());
    }

    public boolean isAny(Role... roles) {
        for (Role r : roles) {
            if (is(r)) {
                return true;
            }
        }
        return false;
    }

    @HallBound
    public Optional<UserAccount> account() {
        return username().flatMap(name -> em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name).getResultStream().findFirst());
    }
}
