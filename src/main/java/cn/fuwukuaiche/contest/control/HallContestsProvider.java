package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.hall.HallContests;
import cn.fuwukuaiche.base.hall.ComparedHalls;
import cn.fuwukuaiche.base.hall.CrossHallReads;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link HallContests}: the prizes of the year's published contests grouped by subject and prize in one query; a
 * person's prize counts for the hall of the person, a team's for the hall of its window. Native SQL so that it reads
 * every covered hall (multitenancy filters JPQL only).
 */
@CrossHallReads("the supervisor's comparison: figures per compared hall")
@ApplicationScoped
public class HallContestsProvider implements HallContests {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Prizes> prizes(ComparedHalls scope, int year) {
        Map<Long, Prizes> out = new HashMap<>();
        for (Object o : em.createNativeQuery("select r.subject_kind, r.subject_id, r.prize, count(*) from contest_result r "
                        + "join contest c on c.id = r.contest_id where c.status = ? and c.opens_at >= ? and c.opens_at < ? "
                        + "and r.prize is not null group by r.subject_kind, r.subject_id, r.prize")
                .setParameter(1, ContestStatus.PUBLISHED.name()).setParameter(2, LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter(3, LocalDate.of(year + 1, 1, 1).atStartOfDay()).getResultList()) {
            Object[] r = (Object[]) o;
            long subject = ((Number) r[1]).longValue();
            Long hall = SubjectKind.TEAM.name().equals(r[0]) ? scope.hallOfWindow(subject) : scope.hallOfStaff(subject);
            if (hall == null) {
                continue;
            }
            int n = ((Number) r[3]).intValue();
            Prizes p = switch (Prize.valueOf((String) r[2])) {
                case FIRST -> new Prizes(n, 0, 0, 0);
                case SECOND -> new Prizes(0, n, 0, 0);
                case THIRD -> new Prizes(0, 0, n, 0);
                case MERIT -> new Prizes(0, 0, 0, n);
            };
            out.merge(hall, p, Prizes::plus);
        }
        return out;
    }
}
