package cn.fuwukuaiche.honour.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 公示 of a 行业标兵: confirmed when the notice ends, withdrawn when an objection is upheld. */
@ApplicationScoped
public class ExemplarNoticeSubject implements NoticeSubject {

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    ExemplarService exemplars;

    @Override
    public String type() {
        return ExemplarService.SUBJECT;
    }

    @Override
    public void confirmed(long subjectId) {
        exemplars.confirm(subjectId);
    }

    @Override
    public void withdraw(long subjectId, String reason) {
        exemplars.withdraw(subjectId, reason);
    }

    @Override
    public java.util.List<Long> people(long subjectId) {
        var e = em.find(cn.fuwukuaiche.honour.entity.Exemplar.class, subjectId);
        return e == null || e.getStaffId() == null ? java.util.List.of() : java.util.List.of(e.getStaffId());
    }
}
