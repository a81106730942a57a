package cn.fuwukuaiche.base.hall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The address of a public page of the hall the current call works for, as its staff hand it out (a pad's or a screen's
 * address, the public notices): {@code /h/{code}/rest}, or {@code /rest} for the default hall, whose old single-hall
 * addresses keep working. A page of one hall opened under another's address refuses another hall's device key, so an
 * administrator of a second hall must be given his hall's address. Plain rule: {@link #of(Optional, Optional, Optional, String)}.
 */
@ApplicationScoped
public class HallAddress {

    @Inject
    CurrentHall current;

    @Inject
    @Any
    Instance<HallDirectory> directories;

    /** {@code rest} without its leading slash, e.g. {@code "pad/" + key}. */
    public String of(String rest) {
        Optional<Long> hall = current.get().filter(h -> h != HallContext.NO_HALL);
        Optional<Long> fallback = Optional.empty();
        Optional<String> code = Optional.empty();
        for (HallDirectory d : directories) {
            if (fallback.isEmpty()) {
                fallback = d.defaultHall();
            }
            if (code.isEmpty() && hall.isPresent()) {
                code = d.codeOfHall(hall.get());
            }
        }
        return of(hall, fallback, code, rest);
    }

    static String of(Optional<Long> hall, Optional<Long> defaultHall, Optional<String> code, String rest) {
        if (hall.isEmpty() || hall.equals(defaultHall) || code.isEmpty()) {
            return "/" + rest;
        }
        return "/h/" + code.get() + "/" + rest;
    }
}
