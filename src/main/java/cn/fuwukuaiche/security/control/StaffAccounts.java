package cn.fuwukuaiche.security.control;

import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Which staff member each account is, for the areas above that join their records (kept by username) to people.
 * Static over the caller's {@link EntityManager}, as the star loader is.
 */
public final class StaffAccounts {

    private StaffAccounts() {
    }

    /** Username → staff id of every account that belongs to a staff member. */
    public static Map<String, Long> staffIdByUsername(EntityManager em) {
        Map<String, Long> m = new HashMap<>();
        em.createQuery("select u.username, u.staffId from UserAccount u where u.staffId is not null", Object[].class).getResultList()
                .forEach(r -> m.put((String) r[0], (Long) r[1]));
        return m;
    }
}
