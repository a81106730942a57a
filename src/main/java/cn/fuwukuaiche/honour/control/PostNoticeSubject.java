package cn.fuwukuaiche.honour.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** 公示 of a 两岗 designation: an upheld objection withdraws it. */
@ApplicationScoped
public class PostNoticeSubject implements NoticeSubject {

    @Inject
    PostService posts;

    @Override
    public String type() {
        return PostService.SUBJECT;
    }

    @Override
    public void withdraw(long subjectId, String reason) {
        posts.withdraw(subjectId, reason);
    }
}
