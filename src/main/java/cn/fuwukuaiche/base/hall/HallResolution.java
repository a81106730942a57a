package cn.fuwukuaiche.base.hall;

import java.util.Optional;

/**
 * Which hall a transaction works for, in this order: a hall forced by {@link HallScope}; else the signed-in
 * account's hall ({@link HallContext#NO_HALL} for an account of no hall: it sees nothing hall-owned); else the
 * page's hall of an anonymous request (its {@code /h/{code}/} or the default hall); else none — the transaction gets
 * no hall, and EclipseLink refuses any query or write on a hall-owned entity (fail closed). Plain Java, table-tested.
 */
public final class HallResolution {

    private HallResolution() {
    }

    /**
     * @param signedIn    whether a caller is signed in
     * @param accountHall the signed-in account's hall, empty when it has none
     */
    public static Optional<Long> decide(Optional<Long> forced, boolean signedIn, Optional<Long> accountHall,
                                        Optional<Long> page) {
        if (forced.isPresent()) {
            return forced;
        }
        if (signedIn) {
            return Optional.of(accountHall.orElse(HallContext.NO_HALL));
        }
        return page;
    }
}
