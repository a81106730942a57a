package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.router.QueryParameters;

import java.util.Optional;

/**
 * Numbers in a page's address ({@code ?year=2026&branch=3}): links from the workbench, the reports and the
 * notifications carry them. Anything that is not a whole number is ignored, so a mistyped link opens the page with
 * its defaults instead of an error.
 */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    /** The parameter {@code name} as a whole number, if present and one. */
    public static Optional<Long> number(QueryParameters q, String name) {
        return q.getSingleParameter(name).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The parameter {@code name} as a year or another small number, if present and one. */
    public static Optional<Integer> integer(QueryParameters q, String name) {
        return number(q, name).filter(n -> n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE).map(Long::intValue);
    }
}
