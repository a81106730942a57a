package cn.fuwukuaiche.partylife.appraisal.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.party.AppraisalGrades;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Answers {@link AppraisalGrades} for the honours: grades in or after 公示, the newest year per member. */
@HallBound
@ApplicationScoped
public class AppraisalGradesProvider implements AppraisalGrades {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, String> latestGrades(LocalDate day) {
        Map<Long, String> grades = new HashMap<>();
        // oldest first, so a newer year overwrites an older one
        em.createQuery("select m.staffId, a.appraisalYear, m.grade from AppraisalMember m, MemberAppraisal a "
                        + "where a.id = m.appraisalId and a.status = :s and a.noticedAt < :end and m.grade is not null "
                        + "and m.withdrawnReason is null and m.noticePending = false order by a.appraisalYear, a.id", Object[].class)
                .setParameter("s", AppraisalStatus.NOTICED).setParameter("end", day.plusDays(1).atStartOfDay())
                .getResultList().forEach(r -> grades.put((Long) r[0], r[1] + "年度民主评议：" + ((AppraisalGrade) r[2]).label()));
        return grades;
    }
}
