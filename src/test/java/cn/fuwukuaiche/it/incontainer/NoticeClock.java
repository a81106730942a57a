package cn.fuwukuaiche.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test helper: moves a notice's period into the past, as if its working days had gone by. */
@Stateless
@PermitAll
public class NoticeClock {

    @PersistenceContext
    EntityManager em;

    public void endedYesterday(long noticeId) {
        java.time.LocalDate today = cn.fuwukuaiche.base.time.Times.today();
        em.createQuery("update PublicNotice n set n.openedOn = :o, n.closesOn = :c where n.id = :id")
                .setParameter("o", today.minusDays(10)).setParameter("c", today.minusDays(1)).setParameter("id", noticeId)
                .executeUpdate();
    }
}
