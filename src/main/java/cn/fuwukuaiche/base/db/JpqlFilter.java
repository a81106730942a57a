package cn.fuwukuaiche.base.db;

import cn.fuwukuaiche.base.control.Input;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list page's query: a fixed select with joins, then the filters the user actually set, each with its
 * parameter. One place for the "where 1 = 1 and …" pattern, the parameter map, and the LIKE escaping, so a
 * search for "50%" or "A_01" finds those characters instead of treating them as wildcards.
 */
public final class JpqlFilter {

    /** The escape character in LIKE patterns; '!' needs no escaping in JPQL, SQL or Java strings. */
    static final char ESCAPE = '!';

    private final StringBuilder jpql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** @param selectWithJoins e.g. {@code "select u from Unit u left join fetch u.branch b"}, without a where */
    public JpqlFilter(String selectWithJoins) {
        this.jpql = new StringBuilder(selectWithJoins).append(" where 1 = 1");
    }

    /** A condition that always applies. */
    public JpqlFilter and(String condition) {
        jpql.append(" and ").append(condition);
        return this;
    }

    /** A condition that applies when {@code when} holds, e.g. "only active ones" unless the box is ticked. */
    public JpqlFilter andIf(boolean when, String condition) {
        return when ? and(condition) : this;
    }

    /** A condition using {@code :name}, added only when the user chose a value (not null). */
    public JpqlFilter and(String condition, String name, Object value) {
        if (value != null) {
            and(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Binds a parameter that a condition built by the caller uses (e.g. inside an "or" of scopes). */
    public JpqlFilter param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Any of {@code fields} contains {@code text} (normalised by {@link Input#search}); blank text adds nothing. */
    public JpqlFilter contains(String name, String text, String... fields) {
        String search = Input.search(text); // NFKC: ＡＢＣ１２３ finds ABC123 (codes are stored normalised)
        if (search.isEmpty() || fields.length == 0) {
            return this;
        }
        StringBuilder any = new StringBuilder("(");
        for (int i = 0; i < fields.length; i++) {
            any.append(i == 0 ? "" : " or ").append(fields[i]).append(" like :").append(name)
                    .append(" escape '").append(ESCAPE).append("'");
        }
        and(any.append(")").toString());
        params.put(name, "%" + escapeLike(search) + "%");
        return this;
    }

    /** The query text with {@code orderBy} (e.g. "s.staffNo") appended. */
    public String jpql(String orderBy) {
        return orderBy == null || orderBy.isBlank() ? jpql.toString() : jpql + " order by " + orderBy;
    }

    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    public <T> TypedQuery<T> query(EntityManager em, Class<T> type, String orderBy) {
        TypedQuery<T> q = em.createQuery(jpql(orderBy), type);
        params.forEach(q::setParameter);
        return q;
    }

    static String escapeLike(String text) {
        StringBuilder s = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                s.append(ESCAPE);
            }
            s.append(c);
        }
        return s.toString();
    }
}
