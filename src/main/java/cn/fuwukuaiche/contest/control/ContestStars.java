package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.contest.control.StarMappingService.StarCandidate;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestResult;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.StarMapping;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The query the honours feature reads: prize winners of published contests whose prize maps to a star. Public as a
 * static read class over the caller's {@code EntityManager} (like {@code org.control.OrgRows}), for the star to-do's
 * count, which runs without a caller (the morning digest) and so cannot ask the role-guarded {@link StarMappingService}.
 */
public final class ContestStars {

    private ContestStars() {
    }

    public static List<StarCandidate> candidates(EntityManager em, LocalDate from, LocalDate to) {
        List<StarCandidate> out = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select r, c, m from ContestResult r, Contest c, StarMapping m where r.contestId = c.id "
                        + "and r.subjectKind = :k and m.prize = r.prize and c.status = :p and c.publishedAt >= :from and c.publishedAt < :to "
                        + "order by c.publishedAt, r.place, r.subjectId", Object[].class)
                .setParameter("k", SubjectKind.PARTICIPANT).setParameter("p", ContestStatus.PUBLISHED).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList();
        for (Object[] row : rows) {
            ContestResult r = (ContestResult) row[0];
            Contest c = (Contest) row[1];
            StarMapping m = (StarMapping) row[2];
            Staff s = em.find(Staff.class, r.getSubjectId());
            out.add(new StarCandidate(s.getId(), s.getName(), c.getId(), c.getTitle(), r.getPrize(), m.getStar()));
        }
        return out;
    }
}
