package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.honour.control.NoticeSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * 公示 of one entry of a 七一 list: an upheld objection withdraws the entry (off the print list, no certificate);
 * the end of the notice leaves it on the list.
 */
@ApplicationScoped
public class CommendationNoticeSubject implements NoticeSubject {

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    CommendationService commendations;

    @Override
    public String type() {
        return CommendationService.NOTICE_SUBJECT;
    }

    @Override
    public void withdraw(long subjectId, String reason) {
        commendations.withdrawAfterObjection(subjectId, reason);
    }

    @Override
    public java.util.List<Long> people(long subjectId) {
        var e = em.find(cn.fuwukuaiche.honour.commendation.entity.CommendationEntry.class, subjectId);
        return e == null || e.getStaffId() == null ? java.util.List.of() : java.util.List.of(e.getStaffId());
    }
}
