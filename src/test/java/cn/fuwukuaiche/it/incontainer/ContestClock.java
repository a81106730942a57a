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

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    public void expire(long attemptId, int minutesAgo) {
        Attempt a = em.find(Attempt.class, attemptId);
        em.createQuery("update Attempt a set a.startedAt = :s, a.deadlineAt = :d where a.id = :id")
                .setParameter("s", a.getStartedAt().minusMinutes(60)).setParameter("d", a.getStartedAt().minusMinutes(minutesAgo))
                .setParameter("id", attemptId).executeUpdate();
    }

    /** Moves the attempt's server start {@code seconds} into the past, keeping its deadline. */
    public void startedAgo(long attemptId, int seconds) {
        em.createQuery("update Attempt a set a.startedAt = :s where a.id = :id")
                .setParameter("s", cn.fuwukuaiche.base.time.Times.now().minusSeconds(seconds)).setParameter("id", attemptId).executeUpdate();
    }

    /** An open typing contest (one hour running) with two passages for the staff of one window. */
    public long openTypingContest(String title, String passage, String passage2, String windowNo) {
        java.time.LocalDateTime now = cn.fuwukuaiche.base.time.Times.now();
        cn.fuwukuaiche.contest.entity.Contest c = new cn.fuwukuaiche.contest.entity.Contest(title,
                cn.fuwukuaiche.contest.entity.ContestKind.TYPING, cn.fuwukuaiche.contest.control.Quarters.label(now.toLocalDate()),
                now.minusHours(1), now.plusHours(1));
        c.setTimeLimitMinutes(10);
        c.setPassage(passage);
        c.setPassage2(passage2);
        c.setStatus(cn.fuwukuaiche.contest.entity.ContestStatus.OPEN);
        em.persist(c);
        em.flush();
        for (cn.fuwukuaiche.org.entity.Staff s : em.createQuery("select s from Staff s where s.active = true and s.window.windowNo = :w",
                cn.fuwukuaiche.org.entity.Staff.class).setParameter("w", windowNo).getResultList()) {
            em.persist(new cn.fuwukuaiche.contest.entity.Participant(c.getId(), s.getId(), s.getWindow().getId()));
        }
        return c.getId();
    }

    /** A participant who started {@code secondsAgo} and has typed {@code text} so far (saved, not handed in). */
    public long typing(long contestId, long staffId, int secondsAgo, String text) {
        java.time.LocalDateTime now = cn.fuwukuaiche.base.time.Times.now();
        Attempt a = new Attempt(contestId, staffId, now.minusSeconds(secondsAgo), now.plusMinutes(10));
        a.setTypedText(text);
        em.persist(a);
        em.flush();
        return a.getId();
    }

    public Attempt attempt(long id) {
        return em.find(Attempt.class, id);
    }
}
