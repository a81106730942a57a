package cn.fuwukuaiche.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Test helper: moves a notice's period into the past, as if its working days had gone by, or opens a notice as
 * the leader would have, for a test that signs in another account.
 */
@Stateless
@PermitAll
public class NoticeClock {

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    public void endedYesterday(long noticeId) {
        java.time.LocalDate today = cn.fuwukuaiche.base.time.Times.today();
        em.createQuery("update PublicNotice n set n.openedOn = :o, n.closesOn = :c where n.id = :id")
                .setParameter("o", today.minusDays(10)).setParameter("c", today.minusDays(1)).setParameter("id", noticeId)
                .executeUpdate();
    }

    /** A notice of a subject no module confirms or withdraws, opened today for 5 working days' worth of days. */
    public long openedToday(String subjectType, String honour, String subjectName) {
        java.time.LocalDateTime now = cn.fuwukuaiche.base.time.Times.now();
        var n = new cn.fuwukuaiche.honour.entity.PublicNotice(subjectType, 1L, honour, subjectName, "测试用公示", 5,
                now.toLocalDate(), now.toLocalDate().plusDays(7), now, "leader");
        em.persist(n);
        em.flush();
        return n.getId();
    }
}
