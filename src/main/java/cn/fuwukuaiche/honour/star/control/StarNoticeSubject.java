package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.control.NoticeSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 公示 of a star: an upheld objection takes the star back; the end of the notice changes nothing. */
@ApplicationScoped
public class StarNoticeSubject implements NoticeSubject {

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    StarService stars;

    @Override
    public String type() {
        return StarService.NOTICE_SUBJECT;
    }

    @Override
    public void withdraw(long subjectId, String reason) {
        stars.withdrawAfterObjection(subjectId, reason);
    }

    @Override
    public java.util.List<Long> people(long subjectId) {
        var a = em.find(cn.fuwukuaiche.honour.star.entity.StarAward.class, subjectId);
        return a == null ? java.util.List.of() : java.util.List.of(a.getStaff().getId());
    }
}
