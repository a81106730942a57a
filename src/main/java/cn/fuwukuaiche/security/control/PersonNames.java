package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.Map;

/**
 * Records keep the account that acted (for the audit); pages show the person: "李秀英", not "secretary". Login
 * names are shown only in the account admin and the audit trail.
 */
@HallBound
@ApplicationScoped
public class PersonNames {

    @PersistenceContext
    EntityManager em;

    /** The person's name for an account, the account itself when it is unknown (a system job, a deleted account). */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return em.createQuery("select u.displayName from UserAccount u where u.username = :u", String.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(username);
    }

    /** Every account's person, for a grid that shows many rows. */
    public Map<String, String> all() {
        Map<String, String> m = new HashMap<>();
        for (Object[] r : em.createQuery("select u.username, u.displayName from UserAccount u", Object[].class).getResultList()) {
            m.put((String) r[0], (String) r[1]);
        }
        return m;
    }

    /** {@code username} looked up in a map from {@link #all()}. */
    public static String in(Map<String, String> names, String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }
}
