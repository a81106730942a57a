package cn.fuwukuaiche.base.hall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/**
 * The hall the current call works for ({@link HallResolution}: forced, the signed-in account's, the page's), for
 * {@link HallBoundary} and for what keeps data per hall outside the database (the screens' board cache).
 */
@ApplicationScoped
public class CurrentHall {

    @Inject
    SecurityContext security;

    @Inject
    @Any
    Instance<HallDirectory> directories;

    public Optional<Long> get() {
        Optional<Long> forced = HallContext.forced();
        if (forced.isPresent()) {
            return forced;
        }
        Principal caller = caller();
        if (caller == null) {
            return HallResolution.decide(forced, false, Optional.empty(), HallContext.page());
        }
        Optional<Long> accountHall = Optional.empty();
        for (HallDirectory d : directories) {
            Optional<Optional<Long>> known = d.hallOfAccount(caller.getName());
            if (known.isPresent()) {
                accountHall = known.get();
                break;
            }
        }
        return HallResolution.decide(forced, true, accountHall, HallContext.page());
    }

    /** The current hall or an exception: for code that must not run without one. */
    public long require() {
        return get().orElseThrow(() -> new IllegalStateException("no hall for this call: run it for a hall (HallScope)"));
    }

    private Principal caller() {
        try {
            return security.getCallerPrincipal();
        } catch (RuntimeException e) {
            return null; // no security context on this thread (a timer, an executor): anonymous
        }
    }
}
