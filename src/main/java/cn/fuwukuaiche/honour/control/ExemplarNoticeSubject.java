package cn.fuwukuaiche.honour.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 公示 of a 行业标兵: confirmed when the notice ends, withdrawn when an objection is upheld. */
@ApplicationScoped
public class ExemplarNoticeSubject implements NoticeSubject {

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
}
