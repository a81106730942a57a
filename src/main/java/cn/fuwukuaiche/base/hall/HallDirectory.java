package cn.fuwukuaiche.base.hall;

import java.util.List;
import java.util.Optional;

/**
 * The face {@link HallBoundary} asks about halls and accounts (org owns halls, security accounts; the providers read
 * over JDBC, never through the transaction's entity manager, which must get its hall before its first use).
 */
public interface HallDirectory {

    /** The hall with this code, if any. */
    default Optional<Long> hallOfCode(String code) {
        return Optional.empty();
    }

    /** Every hall's id, lowest first (timers work for one hall after another); empty when this provider knows none. */
    default List<Long> allHalls() {
        return List.of();
    }

    /** The code of the hall with this id ({@code /h/{code}/}), if this provider knows halls. */
    default Optional<String> codeOfHall(long hallId) {
        return Optional.empty();
    }

    /** The hall of the old single-hall URLs: the lowest id. */
    default Optional<Long> defaultHall() {
        return Optional.empty();
    }

    /**
     * The account's hall: empty when this provider does not know accounts; {@code Optional.of(Optional.empty())}
     * for an account of no hall.
     */
    default Optional<Optional<Long>> hallOfAccount(String username) {
        return Optional.empty();
    }
}
