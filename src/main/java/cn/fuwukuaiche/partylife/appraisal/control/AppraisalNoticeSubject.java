package cn.fuwukuaiche.partylife.appraisal.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.honour.control.NoticeSubject;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * 公示 of one member's 民主评议 grade (subject id = the {@link AppraisalMember} row): the end of the notice leaves
 * the grade standing; an upheld objection withdraws it (no longer evidence for honours), with the leader's reason.
 */
@HallBound
@ApplicationScoped
public class AppraisalNoticeSubject implements NoticeSubject {

    @PersistenceContext
    EntityManager em;

    @Override
    public String type() {
        return AppraisalService.NOTICE_SUBJECT;
    }

    @Override
    public void confirmed(long subjectId) {
        // the grade stands; the published result says so
    }

    @Override
    public void withdraw(long subjectId, String reason) {
        AppraisalMember m = em.find(AppraisalMember.class, subjectId);
        if (m != null) {
            m.withdraw(reason);
        }
    }

    @Override
    public List<Long> people(long subjectId) {
        AppraisalMember m = em.find(AppraisalMember.class, subjectId);
        return m == null ? List.of() : List.of(m.getStaffId());
    }
}
