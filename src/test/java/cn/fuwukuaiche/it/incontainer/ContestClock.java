package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.contest.entity.Attempt;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test helper: moves an attempt's server start and deadline into the past, as if the time had run out. */
@Stateless
@PermitAll
public class ContestClock {

    @PersistenceContext
    EntityManager em;

    public void expire(long attemptId, int minutesAgo) {
        Attempt a = em.find(Attempt.class, attemptId);
        em.createQuery("update Attempt a set a.startedAt = :s, a.deadlineAt = :d where a.id = :id")
                .setParameter("s", a.getStartedAt().minusMinutes(60)).setParameter("d", a.getStartedAt().minusMinutes(minutesAgo))
                .setParameter("id", attemptId).executeUpdate();
    }

    public Attempt attempt(long id) {
        return em.find(Attempt.class, id);
    }
}
