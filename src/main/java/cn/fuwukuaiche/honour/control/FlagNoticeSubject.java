package cn.fuwukuaiche.honour.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 公示 of a 流动红旗 award: an upheld objection withdraws it; the end of the notice changes nothing. */
@ApplicationScoped
public class FlagNoticeSubject implements NoticeSubject {

    @Inject
    FlagService flags;

    @Override
    public String type() {
        return FlagService.SUBJECT;
    }

    @Override
    public void withdraw(long subjectId, String reason) {
        flags.withdraw(subjectId, reason);
    }
}
